//===- MovesChecker.cpp - OWNED objects moved into threads ----------------===//
//
// ownership.Moves: an object annotated OWNED has one owner at a time, and
// handing it to a thread (the spawn's argument is `&obj`, the OWNED
// pointer `buf`, `&ctx.field`...) moves it into that thread, as
// `thread::spawn(move || ...)` does in Rust. From the spawn until the
// join gives it back, the spawner may not touch it (Rust's E0382, "use of
// moved value"), and may not hand it to a second thread.
//
// For each spawning function the checker finds the moves its spawns make
// and the places that touch a moved object, then runs one forward
// may-analysis over the CFG of the moves still in force: a spawn makes
// its moves, storing a fresh object into an owning pointer that was
// handed over by value (or declaring the variable anew, in a loop) ends
// them. A move counts at a statement when it is in force there and its
// thread may be running, as SpawnWindows says: a join on every path, or
// the branch where the spawn failed, gives the object back.
//
// Two hand-offs of one object to threads of different spawning functions
// are compared with SpawnWindows' overlap. Uses made by a callee of the
// spawner are followed for OWNED globals only.
//
//===----------------------------------------------------------------------===//

#include "Checkers.h"
#include "Reporting.h"
#include "ThreadModel.h"
#include "UnitAnalysis.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"

#include <algorithm>
#include <map>
#include <set>

using namespace clang;
using namespace ento;
using namespace ownck;

namespace {

/// The array element an expression designates, as in `&items[i]` or
/// `items[2].name`: the subscript nearest the variable.
struct Element {
  bool Present = false;
  /// The index, when it is a variable.
  const ValueDecl *IndexVariable = nullptr;
  /// The index, when it is a constant.
  std::optional<int64_t> IndexConstant;
};

/// One OWNED object handed to a thread by one spawn.
struct Move {
  const SpawnSite *Site = nullptr;
  /// The object moved, as the spawner names it: the OWNED variable, or
  /// the place ending at the OWNED field.
  Place Object;
  /// The declaration annotated OWNED.
  const ValueDecl *Owned = nullptr;
  /// True when the thread received the owning pointer's value: storing a
  /// new object into that pointer makes the spawner the owner of the new
  /// object without touching the one the thread has.
  bool ByValue = false;
  /// The element handed, when the spawn hands one element of an array.
  Element Handed;
};

/// How the spawner touches a moved object.
enum class UseKind { Use, Write, Free, Pass };

/// One place where the spawner touches memory that an OWNED object owns.
struct Use {
  /// The whole access, `buf[0]` or `ctx.data`.
  const Expr *Access = nullptr;
  Place Object;
  UseKind Kind = UseKind::Use;
  /// Pass: the function the object is passed to.
  const FunctionDecl *Callee = nullptr;
  /// The element touched, when the access selects one.
  Element Touched;
  /// True for `p = ...` with p an owning pointer: a new object, unless
  /// the thread holds the pointer itself.
  bool Assigns = false;
};

/// A use of an OWNED global made in a function the spawner calls.
struct HelperUse {
  Place Object;
  const FunctionDecl *Function = nullptr;
  const Expr *Access = nullptr;
};

class MovesChecker : public Checker<check::ASTDecl<TranslationUnitDecl>> {
public:
  void checkASTDecl(const TranslationUnitDecl *Unit, AnalysisManager &Manager,
                    BugReporter &Reporter) const;

private:
  BugType UseAfterMove{this, "OWNED object used after a move into a thread",
                       "Ownership"};
  BugType MovedTwice{this, "OWNED object moved into two threads", "Ownership"};
};

// The place components after the variable, as one sequence: a null
// entry stands for the dereference that may start the chain.
std::vector<const FieldDecl *> steps(const Place &P) {
  std::vector<const FieldDecl *> Out;
  if (P.Deref)
    Out.push_back(nullptr);
  Out.insert(Out.end(), P.Fields.begin(), P.Fields.end());
  return Out;
}

// True when one of the places contains the other: touching either
// touches memory the other owns.
bool overlaps(const Place &Left, const Place &Right) {
  if (Left.Base != Right.Base)
    return false;
  std::vector<const FieldDecl *> A = steps(Left), B = steps(Right);
  size_t Common = std::min(A.size(), B.size());
  return std::equal(A.begin(), A.begin() + Common, B.begin());
}

// The element at Index, a variable or a constant.
Element elementAt(const Expr *Index, ASTContext &AST) {
  Element Found;
  Found.Present = true;
  Index = Index->IgnoreParenImpCasts();
  Expr::EvalResult Value;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Index))
    Found.IndexVariable = Ref->getDecl();
  else if (!Index->isValueDependent() && Index->EvaluateAsInt(Value, AST))
    Found.IndexConstant = Value.Val.getInt().getExtValue();
  return Found;
}

// The element E designates, looking through `&`, `.` and casts.
Element elementOf(const Expr *E, ASTContext &AST) {
  Element Found;
  while (E) {
    E = E->IgnoreParenCasts();
    if (const auto *Address = dyn_cast<UnaryOperator>(E);
        Address && Address->getOpcode() == UO_AddrOf) {
      E = Address->getSubExpr();
    } else if (const auto *Member = dyn_cast<MemberExpr>(E);
               Member && !Member->isArrow()) {
      E = Member->getBase();
    } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      Found = elementAt(Subscript->getIdx(), AST);
      E = Subscript->getBase();
    } else {
      break;
    }
  }
  return Found;
}

// True when two element accesses provably touch different elements: two
// different constant indices.
bool differentConstants(const Element &Left, const Element &Right) {
  return Left.Present && Right.Present && Left.IndexConstant &&
         Right.IndexConstant && *Left.IndexConstant != *Right.IndexConstant;
}

// The OWNED objects a spawn hands to its thread. The argument is the
// address of an lvalue (`&obj`, `&ctx.data`, an array), or a pointer
// value read from one (`buf`, `ctx.data`); in the second case the
// pointer itself may be the owner. When nothing on the way is OWNED, the
// OWNED fields of the struct handed over move with it.
std::vector<Move> movesOf(const SpawnSite &Site) {
  std::vector<Move> Moves;
  const Expr *Argument = stripAll(Site.Argument);
  if (!Argument || !Site.Entry)
    return Moves;
  // `items + i` hands over an element, as `&items[i]` does.
  const Expr *Offset = nullptr;
  if (const auto *Binary = dyn_cast<BinaryOperator>(Argument);
      Binary && Binary->isAdditiveOp()) {
    bool Left = Binary->getLHS()->getType()->isPointerType();
    Offset = Left ? Binary->getRHS() : Binary->getLHS();
    Argument = stripAll(Left ? Binary->getLHS() : Binary->getRHS());
  }
  const Expr *Handed = nullptr;
  bool ByValue = false;
  if (const auto *Address = dyn_cast<UnaryOperator>(Argument);
      Address && Address->getOpcode() == UO_AddrOf) {
    Handed = Address->getSubExpr();
  } else if (const auto *Read = dyn_cast<ImplicitCastExpr>(Argument);
             Read && Read->getCastKind() == CK_LValueToRValue) {
    Handed = Read->getSubExpr();
    ByValue = true;
  } else if (isa<DeclRefExpr, MemberExpr, ArraySubscriptExpr>(Argument) &&
             Argument->getType()->isArrayType()) {
    Handed = Argument; // an array, decayed to its first element
  }
  if (!Handed)
    return Moves;
  Place Lvalue = placeOfLValue(Handed);
  if (!Lvalue.isValid())
    return Moves;

  Move Made;
  Made.Site = &Site;
  ASTContext &AST = Site.Spawner->getASTContext();
  Made.Handed = elementOf(Handed, AST);
  if (Offset)
    Made.Handed = elementAt(Offset, AST);
  Made.Object = ownedObjectOf(Lvalue, &Made.Owned);
  if (Made.Object.isValid()) {
    // The thread has the pointer's value, not the pointer, only when the
    // owner is exactly the pointer read.
    // An array element is not the whole owner.
    Made.ByValue = ByValue && Made.Object == Lvalue && !Made.Handed.Present;
    Moves.push_back(Made);
    return Moves;
  }

  // The OWNED fields of the struct handed over.
  QualType Type = Handed->getType();
  if (ByValue) {
    if (!Type->isPointerType() || Lvalue.Deref || !Lvalue.Fields.empty())
      return Moves;
    Type = Type->getPointeeType();
    Lvalue.Deref = true;
  }
  const RecordDecl *Record = Type->getAsRecordDecl();
  if (!Record || !Record->getDefinition())
    return Moves;
  for (const FieldDecl *Field : Record->getDefinition()->fields())
    if (readAnnotations(Field).Owned) {
      Made.Object = Lvalue.withField(Field);
      Made.Owned = Field;
      Made.ByValue = false;
      Moves.push_back(Made);
    }
  return Moves;
}

bool isTransparentCast(const Stmt *S) {
  const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(S);
  if (!Cast)
    return false;
  switch (Cast->getCastKind()) {
  case CK_LValueToRValue:
  case CK_ArrayToPointerDecay:
  case CK_NoOp:
    return true;
  default:
    return false;
  }
}

// The parent of S, skipping parentheses, and transparent casts when
// Casts is set. Through is set to the last expression skipped over.
const Stmt *parentOf(const ParentMap &Parents, const Expr *S, bool Casts,
                     const Expr *&Through) {
  Through = S;
  const Stmt *Up = Parents.getParent(S);
  while (Up && (isa<ParenExpr>(Up) || (Casts && isTransparentCast(Up)))) {
    Through = cast<Expr>(Up);
    Up = Parents.getParent(Up);
  }
  return Up;
}

// The whole access Ref takes part in: `buf` grows into `buf[0]`, `ctx`
// into `ctx.data` or `ctx->data[1]`. Object receives the place of the
// longest part that has one: `ctx->data[1]` lies in `ctx->data`.
const Expr *accessOf(const DeclRefExpr *Ref, const ParentMap &Parents,
                     Place &Object) {
  const Expr *Access = Ref;
  Object = placeOfLValue(Ref);
  while (true) {
    const Expr *Through = nullptr;
    const Stmt *Up = parentOf(Parents, Access, /*Casts=*/true, Through);
    const auto *Member = dyn_cast_or_null<MemberExpr>(Up);
    const auto *Subscript = dyn_cast_or_null<ArraySubscriptExpr>(Up);
    const auto *Unary = dyn_cast_or_null<UnaryOperator>(Up);
    if ((Member && Member->getBase() == Through) ||
        (Subscript && Subscript->getBase() == Through) ||
        (Unary && Unary->getOpcode() == UO_Deref)) {
      Access = cast<Expr>(Up);
      if (Place Longer = placeOfLValue(Access); Longer.isValid())
        Object = Longer;
      continue;
    }
    return Access;
  }
}

// How the access touches its object: written, freed, passed to a
// function, or otherwise used.
void classify(Use &U, const ParentMap &Parents) {
  const Expr *Through = nullptr;
  const Stmt *Up = parentOf(Parents, U.Access, /*Casts=*/false, Through);
  if (const auto *Binary = dyn_cast_or_null<BinaryOperator>(Up);
      Binary && Binary->isAssignmentOp() && Binary->getLHS() == Through) {
    U.Kind = UseKind::Write;
    U.Assigns = Binary->getOpcode() == BO_Assign;
    return;
  }
  if (const auto *Unary = dyn_cast_or_null<UnaryOperator>(Up);
      Unary && Unary->isIncrementDecrementOp()) {
    U.Kind = UseKind::Write;
    return;
  }

  // An argument, possibly by address or converted.
  const Expr *Argument = U.Access;
  Up = Parents.getParent(Argument);
  while (Up && (isa<ParenExpr, CastExpr>(Up) ||
                (isa<UnaryOperator>(Up) &&
                 cast<UnaryOperator>(Up)->getOpcode() == UO_AddrOf))) {
    // A value loaded out of the object (`m->len`) is a read; only the
    // object's address or an owning pointer hands the object itself on.
    if (const auto *Cast = dyn_cast<CastExpr>(Up);
        Cast && Cast->getCastKind() == CK_LValueToRValue &&
        !Cast->getType()->isPointerType())
      return;
    Argument = cast<Expr>(Up);
    Up = Parents.getParent(Up);
  }
  const auto *Call = dyn_cast_or_null<CallExpr>(Up);
  if (!Call || Call->getCallee() == Argument)
    return;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier())
    return;
  U.Callee = Callee;
  llvm::StringRef Name = Callee->getName();
  U.Kind = Name == "free" || Name == "realloc" ? UseKind::Free : UseKind::Pass;
}

// The uses, in Body, of the variables in Bases, keyed by the variable
// reference each starts from.
std::map<const Stmt *, Use> findUses(const Stmt *Body,
                                     const std::set<const ValueDecl *> &Bases,
                                     const ParentMap &Parents,
                                     ASTContext &AST) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const std::set<const ValueDecl *> &Bases;
    const ParentMap &Parents;
    ASTContext &AST;
    std::map<const Stmt *, Use> Found;
    Finder(const std::set<const ValueDecl *> &Bases, const ParentMap &Parents,
           ASTContext &AST)
        : Bases(Bases), Parents(Parents), AST(AST) {}
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      if (!Bases.count(Ref->getDecl()))
        return true;
      Use U;
      U.Access = accessOf(Ref, Parents, U.Object);
      // Thread handles and locks inside an owned struct are the thread
      // API's business.
      if (!U.Object.isValid() || isSynchronisationType(U.Access->getType()))
        return true;
      U.Touched = elementOf(U.Access, AST);
      classify(U, Parents);
      // Only a store into the owner itself brings a new object.
      U.Assigns &= placeOfLValue(U.Access) == U.Object;
      Found[Ref] = U;
      return true;
    }
  } Uses(Bases, Parents, AST);
  Uses.TraverseStmt(const_cast<Stmt *>(Body));
  return std::move(Uses.Found);
}

// The variable references inside S.
std::set<const Stmt *> referencesIn(const Stmt *S) {
  struct Finder : RecursiveASTVisitor<Finder> {
    std::set<const Stmt *> Found;
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      Found.insert(Ref);
      return true;
    }
  } References;
  if (S)
    References.TraverseStmt(const_cast<Stmt *>(S));
  return References.Found;
}

// The verb a report uses for a kind of use; passing has its own wording.
const char *verb(UseKind Kind) {
  switch (Kind) {
  case UseKind::Write:
    return "written";
  case UseKind::Free:
    return "freed";
  default:
    return "used";
  }
}

/// One run of the checker over a translation unit.
class Run {
public:
  Run(const BugType &UseAfterMove, const BugType &MovedTwice,
      const TranslationUnitDecl *Unit, AnalysisManager &Manager,
      BugReporter &Reporter)
      : UseAfterMove(UseAfterMove), MovedTwice(MovedTwice), Manager(Manager),
        Reporter(Reporter), Sources(Manager.getSourceManager()),
        Analysis(UnitAnalysis::of(Unit, Manager)), Context(Analysis.context()) {
  }

  void analyse();

private:
  /// A report waiting for the others of its function, to keep the first
  /// in source order.
  struct Finding {
    const Move *Moved = nullptr;
    const Use *Direct = nullptr;
    const CallExpr *Call = nullptr;
    const HelperUse *Helper = nullptr;
  };

  void summariseHelpers();
  void checkSpawner(const FunctionDecl *Spawner,
                    const std::vector<const Move *> &Made);
  void checkAcrossSpawners();
  void reportUse(const FunctionDecl *Spawner, const Finding &Found);
  void reportSecondMove(const Move &Second, const Move &First);
  void addMoveNotes(BasicBugReport &Report, const Move &Moved);
  const CallExpr *joinOnSomePaths(const FunctionDecl *Spawner,
                                  const Move &Moved, SourceLocation Before);

  const BugType &UseAfterMove;
  const BugType &MovedTwice;
  AnalysisManager &Manager;
  BugReporter &Reporter;
  const SourceManager &Sources;
  UnitAnalysis &Analysis;
  const ThreadContext &Context;

  /// Every move made by a spawn with a known entry.
  std::vector<Move> Moves;
  /// Per function, the OWNED globals it or its callees touch: the first
  /// access found to each.
  std::map<const FunctionDecl *, std::vector<HelperUse>> GlobalUses;
  /// Spawns already reported as second moves.
  std::set<const SpawnSite *> ReportedSpawns;
};

void Run::analyse() {
  if (Context.spawns().empty())
    return;
  for (const SpawnSite &Site : Context.spawns())
    for (Move &Made : movesOf(Site))
      Moves.push_back(Made);
  if (Moves.empty())
    return;
  summariseHelpers();

  std::map<const FunctionDecl *, std::vector<const Move *>> BySpawner;
  for (const Move &Made : Moves)
    BySpawner[Made.Site->Spawner].push_back(&Made);
  for (const auto &[Spawner, Made] : BySpawner)
    if (!isInSystemHeader(Sources, Spawner->getLocation()))
      checkSpawner(Spawner, Made);
  checkAcrossSpawners();
}

// Finds, for every function, the OWNED globals that some spawn moves and
// that the function touches, itself or through its callees.
void Run::summariseHelpers() {
  // The OWNED globals that may be moved, and their direct uses.
  std::set<const ValueDecl *> Globals;
  for (const Move &Made : Moves)
    if (Made.Object.isGlobal())
      Globals.insert(Made.Object.Base);
  if (Globals.empty())
    return;
  for (const FunctionDecl *Function : Context.functions()) {
    AnalysisDeclContext *Declared = Manager.getAnalysisDeclContext(Function);
    if (!Declared || !Function->getBody())
      continue;
    for (const auto &[Ref, U] :
         findUses(Function->getBody(), Globals, Declared->getParentMap(),
                  Function->getASTContext())) {
      Place Object = ownedObjectOf(U.Object);
      if (!Object.isValid())
        continue;
      auto &Known = GlobalUses[Function];
      bool Seen = llvm::any_of(
          Known, [&](const HelperUse &H) { return H.Object == Object; });
      if (!Seen)
        Known.push_back({Object, Function, U.Access});
    }
  }

  // What a function's callees touch, it touches through them.
  bool Changed = true;
  unsigned Budget = 4 * Context.functions().size() + 4;
  while (Changed && Budget-- > 0) {
    Changed = false;
    for (const FunctionDecl *Function : Context.functions())
      for (const auto &[Call, Callee] : Context.callsFrom(Function)) {
        auto Found = GlobalUses.find(Callee);
        if (Found == GlobalUses.end() || Callee == Function)
          continue;
        std::vector<HelperUse> Inner = Found->second;
        auto &Known = GlobalUses[Function];
        for (const HelperUse &H : Inner)
          if (llvm::none_of(Known, [&](const HelperUse &Mine) {
                return Mine.Object == H.Object;
              })) {
            Known.push_back(H);
            Changed = true;
          }
      }
  }
}

// Checks one spawning function: its uses of the objects its spawns moved,
// and its spawns that move an object a running thread still owns.
void Run::checkSpawner(const FunctionDecl *Spawner,
                       const std::vector<const Move *> &Made) {
  CFG *Graph = Analysis.locks().cfgOf(Spawner);
  AnalysisDeclContext *Declared = Manager.getAnalysisDeclContext(Spawner);
  if (!Graph || !Declared)
    return;
  ASTContext &AST = Spawner->getASTContext();

  // Gather: the uses of moved objects, and the spawn arguments, which
  // are moves rather than uses.
  std::set<const ValueDecl *> Bases;
  std::set<const Stmt *> InArguments;
  std::map<const Stmt *, std::vector<unsigned>> MovesAt;
  for (unsigned Index = 0; Index < Made.size(); ++Index) {
    Bases.insert(Made[Index]->Object.Base);
    MovesAt[Made[Index]->Site->Call].push_back(Index);
    std::set<const Stmt *> Refs = referencesIn(Made[Index]->Site->Argument);
    InArguments.insert(Refs.begin(), Refs.end());
  }
  std::map<const Stmt *, Use> Uses =
      findUses(Spawner->getBody(), Bases, Declared->getParentMap(), AST);
  for (const Stmt *Ref : InArguments)
    Uses.erase(Ref);
  // The handle a join waits for is not the object.
  for (auto It = Uses.begin(); It != Uses.end();) {
    const auto *Call = dyn_cast_or_null<CallExpr>(
        Declared->getParentMap().getParentIgnoreParenCasts(It->second.Access));
    bool Joined = Call && classifyCall(Call).Kind == ThreadCall::Join;
    It = Joined ? Uses.erase(It) : std::next(It);
  }

  // Where a move ends without a join: a new object stored into the
  // owning pointer, or the owner declared anew.
  auto endsMove = [&](const Stmt *S, const Move &Moved) {
    if (const auto *Declaration = dyn_cast<DeclStmt>(S))
      return llvm::is_contained(Declaration->decls(), Moved.Object.Base);
    const auto *Assign = dyn_cast<BinaryOperator>(S);
    if (!Moved.ByValue || !Assign || Assign->getOpcode() != BO_Assign)
      return false;
    return placeOfLValue(Assign->getLHS()) == Moved.Object;
  };

  // The moves in force before each statement: a forward may-analysis.
  using InForce = std::set<unsigned>;
  std::vector<std::optional<InForce>> In(Graph->getNumBlockIDs());
  std::map<const Stmt *, InForce> InForceAt;
  In[Graph->getEntry().getBlockID()].emplace();
  ForwardDataflowWorklist Worklist(*Graph, *Declared);
  Worklist.enqueueBlock(&Graph->getEntry());
  unsigned Budget = 64 * Graph->getNumBlockIDs() + 64;
  while (const CFGBlock *Block = Worklist.dequeue()) {
    if (Budget-- == 0)
      break;
    InForce State = *In[Block->getBlockID()];
    for (const CFGElement &Element : *Block) {
      auto Statement = Element.getAs<CFGStmt>();
      if (!Statement)
        continue;
      const Stmt *S = Statement->getStmt();
      InForceAt[S].insert(State.begin(), State.end());
      for (auto It = State.begin(); It != State.end();)
        It = endsMove(S, *Made[*It]) ? State.erase(It) : std::next(It);
      auto Spawned = MovesAt.find(S);
      if (Spawned != MovesAt.end())
        State.insert(Spawned->second.begin(), Spawned->second.end());
    }
    for (const CFGBlock::AdjacentBlock &Next : Block->succs()) {
      if (!Next.getReachableBlock())
        continue;
      auto &Slot = In[Next->getBlockID()];
      bool Fresh = !Slot;
      if (Fresh)
        Slot.emplace();
      size_t Before = Slot->size();
      Slot->insert(State.begin(), State.end());
      if (Fresh || Slot->size() != Before)
        Worklist.enqueueBlock(Next.getReachableBlock());
    }
  }

  // Decide: a move counts where it is in force and its thread may run.
  std::map<Place, Finding> FirstUse;
  auto earlier = [&](const Expr *Left, const Expr *Right) {
    return Sources.isBeforeInTranslationUnit(Left->getBeginLoc(),
                                             Right->getBeginLoc());
  };
  auto keep = [&](const Move &Moved, Finding Found, const Expr *Where) {
    auto Slot = FirstUse.find(Moved.Object);
    const Expr *Known = Slot == FirstUse.end()
                            ? nullptr
                            : (Slot->second.Direct ? Slot->second.Direct->Access
                                                   : Slot->second.Call);
    if (!Known || earlier(Where, Known))
      FirstUse[Moved.Object] = Found;
  };
  Analysis.windows().forEachStatement(
      Spawner, [&](const Stmt *S, const RunningThreads &Running) {
        auto Forced = InForceAt.find(S);
        if (Forced == InForceAt.end() || Running.empty())
          return;
        std::vector<const Move *> Live;
        for (unsigned Index : Forced->second)
          if (Running.count(Made[Index]->Site))
            Live.push_back(Made[Index]);
        if (Live.empty())
          return;

        // A second hand-off.
        auto Spawned = MovesAt.find(S);
        if (Spawned != MovesAt.end())
          for (unsigned Index : Spawned->second) {
            const Move &Second = *Made[Index];
            for (const Move *First : Live) {
              if (!overlaps(First->Object, Second.Object) ||
                  differentConstants(First->Handed, Second.Handed))
                continue;
              // Each iteration hands over its own element.
              if (First->Site == Second.Site && Second.Site->InLoop &&
                  Second.Handed.IndexVariable)
                continue;
              reportSecondMove(Second, *First);
              break;
            }
          }

        // A use by the spawner itself.
        auto Used = Uses.find(S);
        if (Used != Uses.end()) {
          const Use &U = Used->second;
          for (const Move *Moved : Live) {
            if (!overlaps(Moved->Object, U.Object) ||
                differentConstants(Moved->Handed, U.Touched))
              continue;
            // A new object stored into the pointer the thread got a copy
            // of.
            if (U.Assigns && Moved->ByValue && U.Object == Moved->Object)
              continue;
            // `items[i].x = ...` before `&items[i]` is handed over: the
            // threads already running own other elements.
            if (Moved->Site->InLoop && Moved->Handed.IndexVariable &&
                Moved->Handed.IndexVariable == U.Touched.IndexVariable)
              continue;
            keep(*Moved, Finding{Moved, &U, nullptr, nullptr}, U.Access);
          }
        }

        // A use by a function the spawner calls.
        const auto *Call = dyn_cast<CallExpr>(S);
        const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
        if (Callee && (Callee = Callee->getDefinition()) &&
            classifyCall(Call).Kind != ThreadCall::Spawn) {
          auto Found = GlobalUses.find(Callee);
          if (Found != GlobalUses.end())
            for (const HelperUse &H : Found->second)
              for (const Move *Moved : Live)
                if (overlaps(Moved->Object, H.Object))
                  keep(*Moved, Finding{Moved, nullptr, Call, &H}, Call);
        }
      });

  for (const auto &[Object, Found] : FirstUse)
    reportUse(Spawner, Found);
}

void Run::checkAcrossSpawners() {
  // One OWNED global handed over by spawns of two functions whose
  // threads may run at once.
  for (const Move &Second : Moves) {
    if (!Second.Object.isGlobal())
      continue;
    const Move *First = nullptr;
    for (const Move &Other : Moves)
      if (Other.Site->Spawner != Second.Site->Spawner &&
          Other.Site->Order < Second.Site->Order &&
          overlaps(Other.Object, Second.Object) &&
          !differentConstants(Other.Handed, Second.Handed) &&
          Analysis.windows().overlap(Other.Site, Second.Site)) {
        First = &Other;
        break;
      }
    if (First)
      reportSecondMove(Second, *First);
  }
}

// A join of Moved's thread in Spawner, after the spawn and before the
// location Before, that did not give the object back on every path.
const CallExpr *Run::joinOnSomePaths(const FunctionDecl *Spawner,
                                     const Move &Moved, SourceLocation Before) {
  struct Finder : RecursiveASTVisitor<Finder> {
    std::vector<const CallExpr *> Joins;
    bool VisitCallExpr(CallExpr *Call) {
      if (joinedHandle(Call).isValid())
        Joins.push_back(Call);
      return true;
    }
  } Calls;
  Calls.TraverseStmt(Spawner->getBody());
  Place Handle = handleOf(*Moved.Site);
  if (!Handle.isValid())
    return nullptr;
  SourceLocation After = Moved.Site->Call->getBeginLoc();
  for (const CallExpr *Join : Calls.Joins) {
    SourceLocation At = Join->getBeginLoc();
    if (joinedHandle(Join) == Handle &&
        Sources.isBeforeInTranslationUnit(After, At) &&
        Sources.isBeforeInTranslationUnit(At, Before))
      return Join;
  }
  return nullptr;
}

void Run::addMoveNotes(BasicBugReport &Report, const Move &Moved) {
  std::string Name = Moved.Object.name();
  std::string Thread = Moved.Site->Entry->getNameAsString();
  Report.addNote("'" + Name + "' moved into thread '" + Thread + "' here",
                 locationOf(Moved.Site->Call, Moved.Site->Spawner, Manager));
  Report.addNote("'" + Moved.Owned->getNameAsString() + "' declared OWNED here",
                 locationOf(Moved.Owned, Manager));
}

void Run::reportUse(const FunctionDecl *Spawner, const Finding &Found) {
  const Move &Moved = *Found.Moved;
  std::string Name = Moved.Object.name();
  std::string Thread = Moved.Site->Entry->getNameAsString();
  std::string Owner = Spawner->getNameAsString();
  const Expr *Where = Found.Direct ? Found.Direct->Access : Found.Call;
  if (isInSystemHeader(Sources, Where->getBeginLoc()))
    return;

  // A detached thread is never joined: the object is its for good.
  auto [Detach, DetachIn] = detachOf(*Moved.Site);
  std::string Advice = Detach ? "; the thread is detached and never gives "
                                "it back"
                              : "; join the thread first";
  std::string Message;
  if (Found.Helper) {
    Message = "'" + Name + "' is used through the call to '" +
              Found.Call->getDirectCallee()->getNameAsString() +
              "' after it was moved into thread '" + Thread + "'" + Advice;
  } else if (Found.Direct->Kind == UseKind::Pass) {
    Message = "'" + Name + "' is passed to '" +
              Found.Direct->Callee->getNameAsString() + "' by '" + Owner +
              "' after it was moved into thread '" + Thread + "'" + Advice;
  } else {
    Message = "'" + Name + "' is " + verb(Found.Direct->Kind) + " by '" +
              Owner + "' after it was moved into thread '" + Thread + "'" +
              Advice;
  }

  auto Report = std::make_unique<BasicBugReport>(
      UseAfterMove, Message, locationOf(Where, Spawner, Manager));
  Report->addRange(Where->getSourceRange());
  Report->setDeclWithIssue(Spawner);
  addMoveNotes(*Report, Moved);
  if (Detach)
    Report->addNote("thread '" + Thread + "' detached here",
                    locationOf(Detach, DetachIn, Manager));
  else if (const CallExpr *Join =
               joinOnSomePaths(Spawner, Moved, Where->getBeginLoc()))
    Report->addNote("thread '" + Thread +
                        "' joined here, but not on every path to the use",
                    locationOf(Join, Spawner, Manager));
  if (Found.Helper)
    Report->addNote(
        "'" + Name + "' used here by '" +
            Found.Helper->Function->getNameAsString() + "'",
        locationOf(Found.Helper->Access, Found.Helper->Function, Manager));
  Reporter.emitReport(std::move(Report));
}

void Run::reportSecondMove(const Move &Second, const Move &First) {
  const SpawnSite &Site = *Second.Site;
  if (isInSystemHeader(Sources, Site.Call->getBeginLoc()) ||
      !ReportedSpawns.insert(&Site).second)
    return;
  std::string Name = Second.Object.name();
  std::string Thread = Site.Entry->getNameAsString();
  std::string Message =
      First.Site == Second.Site
          ? "'" + Name + "' is moved into a new thread '" + Thread +
                "' on each iteration while the threads of earlier "
                "iterations may still own it; give each thread its own object"
          : "'" + Name + "' is moved into thread '" + Thread +
                "' while thread '" + First.Site->Entry->getNameAsString() +
                "' may still own it; join that thread first or give each "
                "thread its own object";
  auto Report = std::make_unique<BasicBugReport>(
      MovedTwice, Message, locationOf(Site.Call, Site.Spawner, Manager));
  Report->addRange(Site.Argument->getSourceRange());
  Report->setDeclWithIssue(Site.Spawner);
  if (First.Site != Second.Site)
    Report->addNote("'" + First.Object.name() + "' first moved into thread '" +
                        First.Site->Entry->getNameAsString() + "' here",
                    locationOf(First.Site->Call, First.Site->Spawner, Manager));
  else if (Site.Loop)
    Report->addNote("'" + Name +
                        "' is handed over again on each iteration of this loop",
                    locationOf(Site.Loop, Site.Spawner, Manager));
  Report->addNote("'" + Second.Owned->getNameAsString() +
                      "' declared OWNED here",
                  locationOf(Second.Owned, Manager));
  Reporter.emitReport(std::move(Report));
}

void MovesChecker::checkASTDecl(const TranslationUnitDecl *Unit,
                                AnalysisManager &Manager,
                                BugReporter &Reporter) const {
  Run Rules(UseAfterMove, MovedTwice, Unit, Manager, Reporter);
  Rules.analyse();
}

} // namespace

void ownck::registerMovesChecker(CheckerManager &Manager) {
  Manager.registerChecker<MovesChecker>();
}
