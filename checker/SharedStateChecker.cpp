//===- SharedStateChecker.cpp - Shared mutable state without its guard ----===//
//
// ownership.SharedState: threads reaching shared mutable state without its
// lock, the C counterpart of Rust's refusal to let threads touch a
// `static mut` or share a `&mut`. After the whole translation unit is
// parsed it finds the thread entries, analyses the lock sets of every
// function in thread context over the CFG, gathers each access to shared
// memory with the locks held there, and then decides:
//
//   - an object annotated SHARED_MUT(g) (or Clang's guarded_by) must be
//     accessed with g held on every path;
//   - an unannotated global or static, or an object handed by address to
//     several threads, that some thread writes must be accessed under one
//     common lock by every thread (the lock is inferred from the code);
//   - an object annotated SHARED is never written in thread context;
//   - between a spawn and the join of that thread, the spawning function
//     does not touch what the thread writes (nor write what it reads)
//     unless both hold one lock.
//
// Malformed annotations are reported at the annotation. Objects that some
// atomic operation touches are left to ownership.AtomicMix, which reports
// their plain accesses.
//
//===----------------------------------------------------------------------===//

#include "AnnotationChecks.h"
#include "Checkers.h"
#include "Reporting.h"
#include "ThreadModel.h"
#include "UnitAnalysis.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"
#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace clang;
using namespace ento;
using namespace ownck;

namespace {

/// Where a called function touches memory through a pointer it is
/// handed: the access itself, the function making it and the parameter
/// it goes through (none for a library call such as memset).
struct ThroughParameter {
  const Expr *Where = nullptr;
  const FunctionDecl *In = nullptr;
  const ParmVarDecl *Param = nullptr;
};

/// One read or write of memory that may be shared, seen in thread
/// context, with the locks held at that point.
struct Access {
  /// The lvalue read or written.
  const Expr *Target = nullptr;
  const FunctionDecl *Function = nullptr;
  /// The memory, in the accessing function's own terms.
  Place Object;
  /// The memory in terms comparable across functions: places reached
  /// through the thread argument are rebased on the entry's parameter.
  Place Shared;
  bool Write = false;
  HeldLocks Held;
  /// Set when the access reaches the object through the thread argument
  /// of this entry.
  const FunctionDecl *ArgumentOf = nullptr;
  /// For a call that touches the object through a pointer it is handed:
  /// the access inside the callee.
  ThroughParameter Inside;
};

/// What pointer variables stand for (see pointeeOf).
using Pointees = std::map<const VarDecl *, Place>;

/// A read or write that a called function makes through a pointer it is
/// handed, in the caller's terms.
struct CallAccess {
  Place Object;
  bool Write = false;
  HeldLocks Held;
  ThroughParameter Inside;
};

/// Finds the reads and writes in a function body, keyed by the CFG
/// element that performs them.
class AccessFinder : public RecursiveASTVisitor<AccessFinder> {
public:
  /// The expression performing the access, and the lvalue it touches
  /// with whether it writes it.
  std::map<const Stmt *, std::pair<const Expr *, bool>> Found;

  bool VisitImplicitCastExpr(ImplicitCastExpr *Cast) {
    if (Cast->getCastKind() == CK_LValueToRValue)
      Found[Cast] = {Cast->getSubExpr(), false};
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *Binary) {
    if (Binary->isAssignmentOp())
      Found[Binary] = {Binary->getLHS(), true};
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *Unary) {
    if (Unary->isIncrementDecrementOp())
      Found[Unary] = {Unary->getSubExpr(), true};
    return true;
  }
};

// The checker runs once, on the translation unit's declaration, which the
// analyzer hands to AST checkers after parsing. It registers no callback
// of the path-sensitive engine, so with no other checker enabled the
// engine does not run at all.
class SharedStateChecker : public Checker<check::ASTDecl<TranslationUnitDecl>> {
public:
  bool StrictAnnotations = false;

  void checkASTDecl(const TranslationUnitDecl *Unit, AnalysisManager &Manager,
                    BugReporter &Reporter) const;

private:
  BugType UnguardedAccess{this,
                          "Shared mutable state accessed without its "
                          "guard",
                          "Ownership"};
  BugType ReadOnlyWrite{this, "Write to data shared read-only", "Ownership"};
  BugType MalformedAnnotation{this, "Malformed ownership annotation",
                              "Ownership"};
};

/// One run of the checker over a translation unit.
class Run {
public:
  Run(const SharedStateChecker &Checker, const BugType &Unguarded,
      const BugType &ReadOnly, const BugType &Malformed,
      const TranslationUnitDecl *Unit, AnalysisManager &Manager,
      BugReporter &Reporter)
      : Checker(Checker), Unguarded(Unguarded), ReadOnly(ReadOnly),
        Malformed(Malformed), Manager(Manager), Reporter(Reporter),
        Sources(Manager.getSourceManager()),
        Analysis(UnitAnalysis::of(Unit, Manager)), Context(Analysis.context()) {
  }

  void checkAnnotations(const TranslationUnitDecl *Unit);
  void analyse();

private:
  void findSharedArguments();
  void findAtomicObjects();
  void gatherAccesses();
  void recordAccess(const FunctionDecl *Function, const Expr *Target,
                    bool Write, const HeldLocks &Held);
  void recordPlace(const FunctionDecl *Function, const Expr *Target,
                   const Place &Object, bool Indirect, bool Write,
                   const HeldLocks &Held, const CallAccess *Via);
  void recordCall(const FunctionDecl *Function, const CallExpr *Call,
                  const HeldLocks &Held);
  bool holdsThreadArgument(const FunctionDecl *Function, const ValueDecl *Var);
  const AccessFinder &accessesIn(const FunctionDecl *Function);
  bool holdsOneObjectOnce(const VarDecl *Var);
  void accessesThroughCall(const FunctionDecl *Caller, const CallExpr *Call,
                           const HeldLocks &Held, unsigned Depth,
                           std::vector<CallAccess> &Out);
  void checkAnnotatedAccess(const Access &A, const ValueDecl *Governing,
                            const Annotations &Notes);
  void checkConstCastWrite(const Access &A, const CastExpr *Cast);
  void checkLibraryWrite(const FunctionDecl *Function, const CallExpr *Call);
  void checkGroup(const std::vector<const Access *> &Group);
  const CallExpr *lastReleaseBefore(const FunctionDecl *Function,
                                    const Place &Lock, const Stmt *Limit) const;
  void checkSpawnerWindows();
  void checkSpawnerAccess(const FunctionDecl *Spawner, const Expr *Target,
                          const Place &Object, bool Indirect, bool Write,
                          const PlaceSet &Held, const RunningThreads &Running);

  // Reporting.
  PathDiagnosticLocation locationOf(const Stmt *S,
                                    const FunctionDecl *Function) const;
  std::string threadName(const Access &A) const;
  std::string objectName(const Access &A) const;
  const ValueDecl *declarationOf(const Access &A) const;
  void addThreadNotes(BasicBugReport &Report, const Access &A,
                      const std::set<const FunctionDecl *> &Entries,
                      const Access *Other) const;
  const FunctionDecl *entryOf(const Access &A) const;
  std::string lockName(const Place &Lock, const Access &A) const;
  void emit(const BugType &Type, const Access &A, const std::string &Message,
            const std::set<const FunctionDecl *> &Entries, const Access *Other,
            const ValueDecl *Guard, const ValueDecl *Declared,
            llvm::function_ref<void(BasicBugReport &)> MoreNotes = {});
  void reportMalformed(const Decl *D, SourceLocation Where,
                       const std::string &Message);

  const SharedStateChecker &Checker;
  const BugType &Unguarded;
  const BugType &ReadOnly;
  const BugType &Malformed;
  AnalysisManager &Manager;
  BugReporter &Reporter;
  const SourceManager &Sources;
  UnitAnalysis &Analysis;
  const ThreadContext &Context;

  /// Entries whose argument points to one object that several threads
  /// receive, with the spawn sites that hand it out.
  std::map<const FunctionDecl *, std::vector<const SpawnSite *>>
      SharedArguments;
  /// The unannotated accesses, grouped later by the memory they touch.
  std::vector<Access> Accesses;
  /// Every access in thread context, annotated or not, for the spawner's
  /// side.
  std::vector<Access> ThreadAccesses;
  /// The same, indexed: globals by place, argument accesses by entry.
  std::map<Place, std::vector<const Access *>> ThreadAccessesByPlace;
  std::map<const FunctionDecl *, std::vector<const Access *>>
      ThreadAccessesByEntry;
  /// The variables whose address (or value, for pointers) some spawn
  /// hands to its thread.
  std::set<const ValueDecl *> HandedBases;
  /// The memory some atomic operation touches, in every name this run
  /// gives it: as the accessing function spells it, rebased on the
  /// entry's parameter, and as the spawner handed it over.
  PlaceSet AtomicObjects;
  /// The objects reported at each expression; a call may touch several.
  std::set<std::pair<const Expr *, Place>> Reported;
  /// The reads and writes of each function looked into, found once.
  std::map<const FunctionDecl *, AccessFinder> FunctionAccesses;
  /// Whether each local pointer holds one object (see holdsOneObject).
  std::map<const VarDecl *, bool> OneObject;
  /// What each pointer variable stands for, once asked.
  Pointees KnownPointees;

  /// Whether threads of these entries may run at once, once asked.
  std::map<std::set<const FunctionDecl *>, bool> ConcurrentEntries;
  /// The thread named for accesses in each function, once chosen.
  mutable std::map<const FunctionDecl *, const FunctionDecl *> NamedEntries;
  /// The objects already reported in each function: one report per object,
  /// function and kind of access (read or write) points at the problem
  /// without burying it.
  std::set<std::tuple<const FunctionDecl *, Place, bool>> ReportedObjects;
};

// The declaration whose annotations govern an access to Object: the
// innermost annotated one along the chain, else the last field selected,
// else the variable itself.
const ValueDecl *governingDecl(const Place &Object) {
  // A field of a SHARED struct is read-only like the struct.
  auto annotated = [](const ValueDecl *D) {
    Annotations Notes = readAnnotations(D);
    return Notes.GuardName || Notes.Shared;
  };
  for (auto Field = Object.Fields.rbegin(); Field != Object.Fields.rend();
       ++Field)
    if (annotated(*Field))
      return *Field;
  if (!Object.Fields.empty() && !Object.Deref && annotated(Object.Base))
    return Object.Base;
  if (!Object.Fields.empty())
    return Object.Fields.back();
  return Object.Deref ? nullptr : Object.Base;
}

const char *verb(bool Write) { return Write ? "written" : "read"; }

// True when a conversion from pointer type From to pointer type To loses
// the const on the pointee.
bool dropsConst(QualType From, QualType To) {
  return From->isPointerType() && To->isPointerType() &&
         From->getPointeeType().isConstQualified() &&
         !To->getPointeeType().isConstQualified();
}

const CastExpr *constDroppedInLValue(const Expr *LValue, unsigned Depth);

// The values a local pointer is set to: its initialiser, then the right
// side of every plain assignment to it in its function.
std::vector<const Expr *> valuesOf(const VarDecl *Var) {
  std::vector<const Expr *> Values;
  if (Var->getInit())
    Values.push_back(Var->getInit());
  const auto *Function = dyn_cast<FunctionDecl>(Var->getDeclContext());
  if (!Function || !Function->getBody())
    return Values;
  struct Finder : RecursiveASTVisitor<Finder> {
    const VarDecl *Var;
    std::vector<const Expr *> *Values;
    bool VisitBinaryOperator(BinaryOperator *Binary) {
      if (Binary->getOpcode() == BO_Assign)
        if (const auto *Ref =
                dyn_cast<DeclRefExpr>(Binary->getLHS()->IgnoreParens()))
          if (Ref->getDecl() == Var)
            Values->push_back(Binary->getRHS());
      return true;
    }
  } Assignments;
  Assignments.Var = Var;
  Assignments.Values = &Values;
  Assignments.TraverseStmt(Function->getBody());
  return Values;
}

// The type of the memory a place names, arrays looked through.
QualType typeOfPlace(const Place &Object) {
  QualType Type = Object.Fields.empty() ? Object.Base->getType()
                                        : Object.Fields.back()->getType();
  if (Object.Deref && Object.Fields.empty() && Type->isPointerType())
    Type = Type->getPointeeType();
  while (const ArrayType *Array = Type->getAsArrayTypeUnsafe())
    Type = Array->getElementType();
  return Type;
}

// How a pointer variable is changed in Function other than by plain
// assignment: its address taken, or stepped (`p++`, `p += n`).
struct PointerChanges {
  bool AddressTaken = false;
  bool Stepped = false;
};

PointerChanges changesOf(const VarDecl *Var, const FunctionDecl *Function) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const VarDecl *Var;
    PointerChanges Found;
    bool names(const Expr *E) const {
      const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParens());
      return Ref && Ref->getDecl() == Var;
    }
    bool VisitUnaryOperator(UnaryOperator *Unary) {
      if (Unary->getOpcode() == UO_AddrOf && names(Unary->getSubExpr()))
        Found.AddressTaken = true;
      if (Unary->isIncrementDecrementOp() && names(Unary->getSubExpr()))
        Found.Stepped = true;
      return true;
    }
    bool VisitBinaryOperator(BinaryOperator *Binary) {
      if (Binary->isCompoundAssignmentOp() && names(Binary->getLHS()))
        Found.Stepped = true;
      return true;
    }
  } Changes;
  Changes.Var = Var;
  Changes.TraverseStmt(Function->getBody());
  return Changes.Found;
}

// True when the local pointer Var holds one object for the whole of its
// function: set once (by its initialiser or one assignment), never
// stepped, its address never taken.
bool holdsOneObject(const VarDecl *Var) {
  const auto *Function = dyn_cast<FunctionDecl>(Var->getDeclContext());
  if (!Var->isLocalVarDecl() || !Var->getType()->isPointerType() || !Function ||
      !Function->getBody() || valuesOf(Var).size() != 1)
    return false;
  PointerChanges Changes = changesOf(Var, Function);
  return !Changes.AddressTaken && !Changes.Stepped;
}

// The one place a pointer variable stands for in its function: for a
// local, the global (or parameter's pointee) that every value it is given
// points to; for a parameter never reassigned, its own pointee. Flow-
// insensitive, so a pointer given two targets, or changed in any other
// way, stands for nothing.
Place pointeeOf(const VarDecl *Var, unsigned Depth = 0) {
  const auto *Function = dyn_cast<FunctionDecl>(Var->getDeclContext());
  if (Depth > 4 || !Var->getType()->isPointerType() || !Function ||
      !Function->getBody())
    return {};
  PointerChanges Changes = changesOf(Var, Function);
  if (Changes.AddressTaken)
    return {};

  std::vector<const Expr *> Values = valuesOf(Var);
  if (const auto *Param = dyn_cast<ParmVarDecl>(Var)) {
    if (!Values.empty() || Changes.Stepped)
      return {};
    Place Pointee;
    Pointee.Base = Param;
    Pointee.Deref = true;
    return Pointee;
  }
  if (!Var->isLocalVarDecl() || Values.empty())
    return {};
  Place Common;
  for (const Expr *Value : Values) {
    Place Target = placeOfPointee(Value);
    // A copy of another pointer that stands for one place: `q = p`.
    if (Target.isValid() && Target.Deref && !Target.isGlobal())
      if (const auto *Other = dyn_cast<VarDecl>(Target.Base);
          Other && Other != Var) {
        Place Through = pointeeOf(Other, Depth + 1);
        if (!Through.isValid())
          return {};
        Through.Fields.insert(Through.Fields.end(), Target.Fields.begin(),
                              Target.Fields.end());
        Target = Through;
      }
    bool Global = Target.isValid() && Target.isGlobal() && !Target.Deref;
    bool Parameter = Target.isValid() && Target.Deref &&
                     isa<ParmVarDecl>(Target.Base) &&
                     Target.Base->getDeclContext() == Function;
    if (!(Global || Parameter) || (Common.isValid() && !(Common == Target)))
      return {};
    Common = Target;
  }
  // Stepping a pointer keeps it inside an array, whose elements are one
  // place; off anything else it leaves the object.
  if (Changes.Stepped) {
    QualType Type = Common.Fields.empty() ? Common.Base->getType()
                                          : Common.Fields.back()->getType();
    if (Common.Deref || !Type->isArrayType())
      return {};
  }
  return Common;
}

// pointeeOf, found once per variable: each search walks the function.
const Place &knownPointee(const VarDecl *Var, Pointees &Known) {
  auto Found = Known.find(Var);
  if (Found == Known.end())
    Found = Known.emplace(Var, pointeeOf(Var)).first;
  return Found->second;
}

// Place with a local pointer it starts from replaced by the place the
// pointer stands for; Place itself when there is none.
Place throughLocalPointer(const Place &Object, Pointees &Known) {
  if (!Object.isValid() || !Object.Deref || Object.isGlobal())
    return Object;
  const auto *Var = dyn_cast<VarDecl>(Object.Base);
  if (!Var || isa<ParmVarDecl>(Var))
    return Object;
  Place Target = knownPointee(Var, Known);
  if (!Target.isValid())
    return Object;
  Target.Fields.insert(Target.Fields.end(), Object.Fields.begin(),
                       Object.Fields.end());
  return Target;
}

// The cast inside the pointer expression Pointer that turns a pointer to
// const into a pointer to non-const, looking through local pointers set
// from such a cast (`struct cfg *w = (struct cfg *)cfg;`); null when
// const is kept all the way.
const CastExpr *constDroppedInPointer(const Expr *Pointer, unsigned Depth) {
  const Expr *E = Pointer;
  while (E && Depth < 8) {
    E = E->IgnoreParens();
    const auto *Cast = dyn_cast<CastExpr>(E);
    if (!Cast)
      return nullptr;
    const Expr *Inner = Cast->getSubExpr();
    if (Cast->getCastKind() == CK_ArrayToPointerDecay)
      return constDroppedInLValue(Inner, Depth + 1);
    if (Cast->getCastKind() == CK_LValueToRValue) {
      const auto *Ref = dyn_cast<DeclRefExpr>(Inner->IgnoreParens());
      const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
      if (!Var || !Var->isLocalVarDecl())
        return nullptr;
      for (const Expr *Value : valuesOf(Var))
        if (const CastExpr *Found = constDroppedInPointer(Value, Depth + 1))
          return Found;
      return nullptr;
    }
    if (dropsConst(Inner->getType(), Cast->getType()))
      return Cast;
    E = Inner;
  }
  return nullptr;
}

// The cast that drops const on the way to the memory LValue designates:
// `*(int *)limits`, `((struct cfg *)cfg)->max`, `((int *)table)[i]`.
const CastExpr *constDroppedInLValue(const Expr *LValue, unsigned Depth) {
  const Expr *E = LValue ? LValue->IgnoreParens() : nullptr;
  if (!E || Depth >= 8)
    return nullptr;
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->isArrow()
               ? constDroppedInPointer(Member->getBase(), Depth + 1)
               : constDroppedInLValue(Member->getBase(), Depth + 1);
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E))
    return constDroppedInPointer(Subscript->getBase(), Depth + 1);
  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    if (Unary->getOpcode() == UO_Deref)
      return constDroppedInPointer(Unary->getSubExpr(), Depth + 1);
  return nullptr;
}

// True when the variable is itself declared const (arrays of const too).
bool isDeclaredConst(const ValueDecl *D) {
  QualType Type = D ? D->getType() : QualType();
  if (Type.isNull())
    return false;
  while (const ArrayType *Array = Type->getAsArrayTypeUnsafe())
    Type = Array->getElementType();
  return Type.isConstQualified();
}

// True when Argument hands each thread its own object: an element of an
// array indexed per thread, or a pointer freshly set in the spawning loop.
bool isPerThreadArgument(const SpawnSite &Site) {
  const Expr *Argument = stripAll(Site.Argument);
  if (!Argument)
    return true;
  if (const auto *Address = dyn_cast<UnaryOperator>(Argument))
    if (Address->getOpcode() == UO_AddrOf)
      if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(
              Address->getSubExpr()->IgnoreParens()))
        return !Subscript->getIdx()->isIntegerConstantExpr(
            Site.Spawner->getASTContext());
  if (const auto *Binary = dyn_cast<BinaryOperator>(Argument))
    if (Binary->isAdditiveOp())
      return true;

  // A pointer variable assigned in the body of the loop that spawns.
  Place Pointee = placeOfPointee(Site.Argument);
  if (!Site.InLoop || !Pointee.Deref || !Pointee.Fields.empty())
    return false;
  const auto *Var = dyn_cast<VarDecl>(Pointee.Base);
  if (!Var || Var->hasGlobalStorage())
    return false;
  const Stmt *Loop = Site.Loop;
  if (!Loop)
    return false;
  SourceRange Range = Loop->getSourceRange();
  const SourceManager &Sources =
      Site.Spawner->getASTContext().getSourceManager();
  auto inside = [&](SourceLocation Where) {
    return Where.isValid() &&
           !Sources.isBeforeInTranslationUnit(Where, Range.getBegin()) &&
           !Sources.isBeforeInTranslationUnit(Range.getEnd(), Where);
  };
  if (inside(Var->getLocation()))
    return true;
  // An assignment to the pointer inside the loop.
  struct Finder : RecursiveASTVisitor<Finder> {
    const VarDecl *Var;
    bool Found = false;
    bool VisitBinaryOperator(BinaryOperator *Binary) {
      if (Binary->getOpcode() == BO_Assign)
        if (const auto *Ref =
                dyn_cast<DeclRefExpr>(Binary->getLHS()->IgnoreParens()))
          Found |= Ref->getDecl() == Var;
      return true;
    }
  } Assignments;
  Assignments.Var = Var;
  Assignments.TraverseStmt(const_cast<Stmt *>(Loop));
  return Assignments.Found;
}

// The index of the array element a spawn hands out, when it is a
// constant: `&results[1]`.
std::optional<int64_t> constantElementIndex(const SpawnSite &Site) {
  const auto *Address =
      dyn_cast_or_null<UnaryOperator>(stripAll(Site.Argument));
  if (!Address || Address->getOpcode() != UO_AddrOf)
    return std::nullopt;
  const auto *Subscript =
      dyn_cast<ArraySubscriptExpr>(Address->getSubExpr()->IgnoreParens());
  if (!Subscript)
    return std::nullopt;
  Expr::EvalResult Result;
  if (!Subscript->getIdx()->EvaluateAsInt(Result,
                                          Site.Spawner->getASTContext()))
    return std::nullopt;
  if (!Result.Val.getInt().isSignedIntN(64))
    return std::nullopt;
  return Result.Val.getInt().getExtValue();
}

void Run::findSharedArguments() {
  // Group the spawns by the entry and the object they hand out (elements
  // with distinct constant indices are distinct objects); the object is
  // shared when two of those threads may run at once.
  using Key = std::tuple<const FunctionDecl *, Place, std::optional<int64_t>>;
  std::map<Key, std::vector<const SpawnSite *>> ByObject;
  for (const SpawnSite &Site : Context.spawns()) {
    if (!Site.Entry || isPerThreadArgument(Site))
      continue;
    // An OWNED object handed to several threads is moved twice: that is
    // ownership.Moves' report.
    Place Object = placeOfPointee(Site.Argument);
    std::optional<int64_t> Element = constantElementIndex(Site);
    if (Object.isValid() && !ownedObjectOf(Object).isValid())
      ByObject[{Site.Entry, Object, Element}].push_back(&Site);
  }
  for (const auto &[Object, Sites] : ByObject)
    if (Analysis.windows().anyOverlap(Sites))
      SharedArguments[std::get<0>(Object)] = Sites;
}

// Locks reached through one of the thread argument's aliases, renamed as
// reached through the entry's parameter.
PlaceSet rebaseOnParameter(const PlaceSet &Locks,
                           const std::set<const ValueDecl *> &Aliases,
                           const FunctionDecl *Entry) {
  PlaceSet Out;
  for (Place Lock : Locks) {
    if (Lock.Deref && Aliases.count(Lock.Base))
      Lock.Base = Entry->getParamDecl(0);
    Out.insert(Lock);
  }
  return Out;
}

// The variable indexing the array element E designates or points to, as
// in `slots[i]`, `&slots[i]` or `slots[i].sum`; null otherwise.
const ValueDecl *elementIndexVariable(const Expr *E) {
  while (E) {
    E = E->IgnoreParenCasts();
    if (const auto *Address = dyn_cast<UnaryOperator>(E);
        Address && Address->getOpcode() == UO_AddrOf) {
      E = Address->getSubExpr();
    } else if (const auto *Member = dyn_cast<MemberExpr>(E);
               Member && !Member->isArrow()) {
      E = Member->getBase();
    } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      const auto *Index =
          dyn_cast<DeclRefExpr>(Subscript->getIdx()->IgnoreParenImpCasts());
      return Index ? Index->getDecl() : nullptr;
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

// A lock the thread holds, in the spawner's terms: a lock reached through
// the thread's parameter is the one the spawn handed over.
std::optional<Place> inSpawnerTerms(const Place &Lock, const SpawnSite &Site) {
  if (!Site.Entry || Site.Entry->getNumParams() == 0 ||
      Lock.Base != Site.Entry->getParamDecl(0))
    return Lock;
  if (!Lock.Deref)
    return std::nullopt;
  Place Handed = placeOfPointee(Site.Argument);
  if (!Handed.isValid())
    return std::nullopt;
  Handed.Fields.insert(Handed.Fields.end(), Lock.Fields.begin(),
                       Lock.Fields.end());
  return Handed;
}

void Run::findAtomicObjects() {
  for (const auto &[Function, Operations] : Analysis.atomics())
    for (const AtomicSite &Operation : Operations) {
      const Place &Object = Operation.Object;
      AtomicObjects.insert(Object);
      if (Object.isGlobal() || !Object.Deref)
        continue;
      for (const FunctionDecl *Entry : Context.entriesReaching(Function)) {
        const auto *Held = Analysis.argumentAliases(Entry, Function);
        if (!Held || !Held->count(Object.Base))
          continue;
        Place Rebased = Object;
        Rebased.Base = Entry->getParamDecl(0);
        AtomicObjects.insert(Rebased);
        for (const SpawnSite *Site : Context.spawnsOf(Entry)) {
          Place Handed = placeOfPointee(Site->Argument);
          if (!Handed.isValid())
            continue;
          Handed.Fields.insert(Handed.Fields.end(), Object.Fields.begin(),
                               Object.Fields.end());
          AtomicObjects.insert(Handed);
        }
      }
    }
}

void Run::recordAccess(const FunctionDecl *Function, const Expr *Target,
                       bool Write, const HeldLocks &Held) {
  Place Object = placeOfLValue(Target);
  // `*p`, `p->hits`, `p[i]` with a local `p` that only ever points into
  // one global touch that global.
  Place Global = throughLocalPointer(Object, KnownPointees);
  bool Indirect = !(Global == Object) && Global.isGlobal();
  recordPlace(Function, Target, Indirect ? Global : Object, Indirect, Write,
              Held, nullptr);
}

// Records an access to Object made at Target: Target designates Object
// itself, or, when Indirect, reaches it through a pointer (a local alias,
// or a call handed its address, described by Via).
void Run::recordPlace(const FunctionDecl *Function, const Expr *Target,
                      const Place &Object, bool Indirect, bool Write,
                      const HeldLocks &Held, const CallAccess *Via) {
  if (!Object.isValid() || AtomicObjects.count(Object))
    return;
  // Reads of const memory race with nothing but a write through a cast;
  // only the spawner's writes to const globals need them. Through a
  // pointer, the object's own type says whether it is const.
  QualType Type = Indirect ? typeOfPlace(Object) : Target->getType();
  bool ConstLValue = !Via && Target->getType().isConstQualified();
  bool ConstRead = Indirect ? Type.isConstQualified() : ConstLValue;
  if (isSynchronisationType(Type) || (ConstLValue && Write) ||
      (ConstRead && !Object.isGlobal()) ||
      isInSystemHeader(Sources, Target->getExprLoc()))
    return;
  if (const auto *Var = dyn_cast<VarDecl>(Object.Base))
    if (Var->getTLSKind() != VarDecl::TLS_None)
      return;

  Access A;
  A.Target = Target;
  A.Function = Function;
  A.Object = Object;
  A.Shared = Object;
  A.Write = Write;
  A.Held = Held;
  if (Via && Via->Inside.Param)
    A.Inside = Via->Inside;

  const ValueDecl *Governing = governingDecl(Object);
  Annotations Notes = readAnnotations(Governing);
  if (readAnnotations(Object.Base).UnsynchronizedReason ||
      Notes.UnsynchronizedReason)
    return;
  // Locks reached through the thread argument are named after the
  // entry's parameter, so that they compare across functions and can be
  // translated into the spawner's terms.
  if (Object.isGlobal())
    for (const FunctionDecl *Entry : Context.entriesReaching(Function)) {
      const auto *Holders = Analysis.argumentAliases(Entry, Function);
      if (!Holders)
        continue;
      A.Held.Must = rebaseOnParameter(Held.Must, *Holders, Entry);
      A.Held.May = rebaseOnParameter(Held.May, *Holders, Entry);
      A.Held.ReadOnly = rebaseOnParameter(Held.ReadOnly, *Holders, Entry);
      break;
    }
  // A write through a cast that drops const is refused first; the access
  // still counts for the other rules, which report nothing more at it.
  if (Write)
    checkConstCastWrite(A, constDroppedInLValue(Target, 0));
  ThreadAccesses.push_back(A);
  if (ConstRead)
    return;
  // Annotated objects are judged against their annotation; the spawner's
  // side still needs their accesses, through the thread argument too.
  bool Annotated = Notes.GuardName || Notes.Shared;
  if (Annotated)
    checkAnnotatedAccess(A, Governing, Notes);

  if (Object.isGlobal()) {
    if (!Annotated)
      Accesses.push_back(A);
    return;
  }
  for (const FunctionDecl *Entry : Context.entriesReaching(Function)) {
    const auto *Holders = Analysis.argumentAliases(Entry, Function);
    if (!Holders || !Object.Deref || !Holders->count(Object.Base))
      continue;
    // Rebase the object and the locks on the entry's parameter, so that
    // accesses in different functions compare.
    Access Rebased = A;
    Rebased.ArgumentOf = Entry;
    Rebased.Shared.Base = Entry->getParamDecl(0);
    if (AtomicObjects.count(Rebased.Shared))
      continue;
    Rebased.Held.Must = rebaseOnParameter(Held.Must, *Holders, Entry);
    Rebased.Held.May = rebaseOnParameter(Held.May, *Holders, Entry);
    Rebased.Held.ReadOnly = rebaseOnParameter(Held.ReadOnly, *Holders, Entry);
    if (!Annotated)
      Accesses.push_back(Rebased);
    ThreadAccesses.push_back(Rebased);
  }
}

void Run::checkConstCastWrite(const Access &A, const CastExpr *Cast) {
  // A SHARED_MUT object is mutable behind its guard whatever the pointer
  // (Rust's `&Mutex<T>`): the guard rule decides.
  if (readAnnotations(governingDecl(A.Object)).GuardName)
    return;
  // Only memory other threads can reach: a global, or the object the
  // spawner handed over as the thread argument.
  const FunctionDecl *Entry = nullptr;
  Place Object = A.Object;
  // A local pointer set once from a global's address (`long *w = (long
  // *)table;`) reaches that global.
  for (unsigned Step = 0; Step < 4 && Object.Deref && !Object.isGlobal();
       ++Step) {
    const auto *Var = dyn_cast<VarDecl>(Object.Base);
    if (!Var || !Var->isLocalVarDecl() || !Var->getInit())
      break;
    Place Target = placeOfPointee(Var->getInit());
    if (!Target.isValid() || !Target.isGlobal())
      break;
    Target.Fields.insert(Target.Fields.end(), Object.Fields.begin(),
                         Object.Fields.end());
    Object = Target;
  }
  if (!Object.isGlobal()) {
    for (const FunctionDecl *Candidate : Context.entriesReaching(A.Function)) {
      const auto *Holders = Analysis.argumentAliases(Candidate, A.Function);
      if (A.Object.Deref && Holders && Holders->count(A.Object.Base)) {
        Entry = Candidate;
        break;
      }
    }
    if (!Entry)
      return;
  }

  // The cast is in the thread's own code, or const was dropped when the
  // spawner handed the object over.
  const FunctionDecl *CastIn = A.Function;
  Place Named = Object;
  if (!Cast && Entry)
    for (const SpawnSite *Site : Context.spawnsOf(Entry)) {
      Cast = constDroppedInPointer(Site->Argument, 0);
      if (!Cast)
        continue;
      CastIn = Site->Spawner;
      Place Handed = placeOfPointee(Site->Argument);
      if (Handed.isValid()) {
        Handed.Fields.insert(Handed.Fields.end(), A.Object.Fields.begin(),
                             A.Object.Fields.end());
        Named = Handed;
      }
      break;
    }
  if (!Cast)
    return;

  std::string Thread = Entry ? Entry->getNameAsString() : threadName(A);
  std::string Message = "'" + Named.name() +
                        (!Named.Deref && isDeclaredConst(Named.Base)
                             ? "' is declared const"
                             : "' is reached through a pointer to const") +
                        ", but thread '" + Thread +
                        "' writes it through a cast";
  std::set<const FunctionDecl *> Entries;
  if (Entry)
    Entries.insert(Entry);
  else
    Entries.insert(Context.entriesReaching(A.Function).begin(),
                   Context.entriesReaching(A.Function).end());
  emit(ReadOnly, A, Message, Entries, nullptr, nullptr, Named.Base,
       [&](BasicBugReport &Report) {
         Report.addNote("const is cast away here", locationOf(Cast, CastIn));
       });
}

// The library calls that write the memory their first argument points to.
bool writesFirstArgument(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier() || Call->getNumArgs() == 0)
    return false;
  static constexpr llvm::StringLiteral Writers[] = {
      "memcpy", "memmove", "memset", "strcpy", "strncpy", "strcat", "strncat"};
  return llvm::is_contained(Writers, Callee->getName());
}

void Run::checkLibraryWrite(const FunctionDecl *Function,
                            const CallExpr *Call) {
  if (!writesFirstArgument(Call))
    return;
  const Expr *Destination = Call->getArg(0);
  Access A;
  A.Target = Destination;
  A.Function = Function;
  A.Object = placeOfPointee(Destination);
  A.Shared = A.Object;
  A.Write = true;
  if (A.Object.isValid() && !isInSystemHeader(Sources, Call->getExprLoc()))
    checkConstCastWrite(A, constDroppedInPointer(Destination, 0));
}

// The locks held at Call restated in Callee's terms; those the callee
// cannot name go to Hidden: it cannot release them, so they stay held.
HeldLocks locksIntoCallee(const HeldLocks &Held, const CallExpr *Call,
                          const FunctionDecl *Callee, HeldLocks &Hidden) {
  HeldLocks Inner;
  auto translate = [&](const PlaceSet &From, PlaceSet &To, PlaceSet &Kept) {
    for (const Place &Lock : From)
      if (auto Named = LockSetAnalysis::intoCallee(Lock, Call, Callee))
        To.insert(*Named);
      else
        Kept.insert(Lock);
  };
  translate(Held.Must, Inner.Must, Hidden.Must);
  translate(Held.May, Inner.May, Hidden.May);
  translate(Held.ReadOnly, Inner.ReadOnly, Hidden.ReadOnly);
  translate(Held.Failed, Inner.Failed, Hidden.Failed);
  return Inner;
}

// The opposite, at a point inside the callee: its locks in the caller's
// terms, with the hidden ones added back.
HeldLocks locksIntoCaller(const HeldLocks &Inner, const CallExpr *Call,
                          const HeldLocks &Hidden) {
  HeldLocks Held = Hidden;
  auto translate = [&](const PlaceSet &From, PlaceSet &To) {
    for (const Place &Lock : From)
      if (auto Named = LockSetAnalysis::intoCaller(Lock, Call))
        To.insert(*Named);
  };
  translate(Inner.Must, Held.Must);
  translate(Inner.May, Held.May);
  translate(Inner.ReadOnly, Held.ReadOnly);
  translate(Inner.Failed, Held.Failed);
  return Held;
}

void Run::accessesThroughCall(const FunctionDecl *Caller, const CallExpr *Call,
                              const HeldLocks &Held, unsigned Depth,
                              std::vector<CallAccess> &Out) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  Callee = Callee ? Callee->getDefinition() : nullptr;
  if (!Callee || Depth > 2 || classifyCall(Call).Kind != ThreadCall::None ||
      isInSystemHeader(Sources, Callee->getLocation()) ||
      readAnnotations(Callee).UnsynchronizedReason)
    return;

  // What each pointer argument points to, in the caller's terms: a global
  // in the thread's own code, the caller's parameter in a helper.
  unsigned Count = std::min(Call->getNumArgs(), Callee->getNumParams());
  std::vector<Place> Handed(Count);
  bool Any = false;
  for (unsigned Index = 0; Index < Count; ++Index) {
    const Expr *Argument = Call->getArg(Index);
    Place Object = throughLocalPointer(placeOfPointee(Argument), KnownPointees);
    // A field of the thread argument (`&ctx->count`); the argument itself
    // makes the parameter one of its aliases, followed as such.
    bool OfArgument = Depth == 0 && Object.isValid() && Object.Deref &&
                      !isa<DeclRefExpr>(Argument->IgnoreParenCasts()) &&
                      holdsThreadArgument(Caller, Object.Base);
    bool Named = Depth == 0 ? (Object.isGlobal() && !Object.Deref) || OfArgument
                            : Object.Deref && isa<ParmVarDecl>(Object.Base) &&
                                  Object.Base->getDeclContext() == Caller;
    if (Object.isValid() && Named &&
        Callee->getParamDecl(Index)->getType()->isPointerType()) {
      Handed[Index] = Object;
      Any = true;
    }
  }
  if (!Any)
    return;

  // The callee's memory reached through parameter Inner, as the caller
  // names it; the parameter must keep the pointer it was handed.
  auto inCaller = [&](Place Inner, const ParmVarDecl **Param) {
    Inner = throughLocalPointer(Inner, KnownPointees);
    const auto *Parameter = dyn_cast_or_null<ParmVarDecl>(Inner.Base);
    if (!Inner.Deref || !Parameter || Parameter->getDeclContext() != Callee ||
        Parameter->getFunctionScopeIndex() >= Count ||
        !Handed[Parameter->getFunctionScopeIndex()].isValid() ||
        !knownPointee(Parameter, KnownPointees).isValid())
      return Place();
    Place Object = Handed[Parameter->getFunctionScopeIndex()];
    Object.Fields.insert(Object.Fields.end(), Inner.Fields.begin(),
                         Inner.Fields.end());
    if (Param)
      *Param = Parameter;
    return Object;
  };

  // The callee runs with the caller's locks, so that what it releases
  // and takes around the access counts.
  HeldLocks Hidden;
  HeldLocks Start = locksIntoCallee(Held, Call, Callee, Hidden);
  const AccessFinder &Finder = accessesIn(Callee);
  std::vector<std::pair<const Stmt *, HeldLocks>> Seen;
  Analysis.locks().run(Callee, Start,
                       [&](const Stmt *S, const HeldLocks &Inner) {
                         if (Finder.Found.count(S) || isa<CallExpr>(S))
                           Seen.push_back({S, Inner});
                       });

  for (const auto &[S, Inner] : Seen) {
    if (auto Access = Finder.Found.find(S); Access != Finder.Found.end()) {
      const ParmVarDecl *Param = nullptr;
      Place Object = inCaller(placeOfLValue(Access->second.first), &Param);
      if (Object.isValid())
        Out.push_back({Object,
                       Access->second.second,
                       locksIntoCaller(Inner, Call, Hidden),
                       {Access->second.first, Callee, Param}});
      continue;
    }
    const auto *Inside = cast<CallExpr>(S);
    if (writesFirstArgument(Inside)) {
      const ParmVarDecl *Param = nullptr;
      Place Object = inCaller(placeOfPointee(Inside->getArg(0)), &Param);
      if (Object.isValid())
        Out.push_back({Object,
                       true,
                       locksIntoCaller(Inner, Call, Hidden),
                       {Inside, Callee, Param}});
      continue;
    }
    std::vector<CallAccess> Deeper;
    accessesThroughCall(Callee, Inside, Inner, Depth + 1, Deeper);
    for (CallAccess &Access : Deeper) {
      Access.Object = inCaller(Access.Object, nullptr);
      if (!Access.Object.isValid())
        continue;
      Access.Held = locksIntoCaller(Access.Held, Call, Hidden);
      Out.push_back(std::move(Access));
    }
  }
}

const AccessFinder &Run::accessesIn(const FunctionDecl *Function) {
  auto Found = FunctionAccesses.find(Function);
  if (Found == FunctionAccesses.end()) {
    Found = FunctionAccesses.emplace(Function, AccessFinder()).first;
    Found->second.TraverseStmt(const_cast<Stmt *>(Function->getBody()));
  }
  return Found->second;
}

// holdsOneObject, found once per variable: each walks its function.
bool Run::holdsOneObjectOnce(const VarDecl *Var) {
  auto Found = OneObject.find(Var);
  if (Found == OneObject.end())
    Found = OneObject.emplace(Var, holdsOneObject(Var)).first;
  return Found->second;
}

bool Run::holdsThreadArgument(const FunctionDecl *Function,
                              const ValueDecl *Var) {
  for (const FunctionDecl *Entry : Context.entriesReaching(Function))
    if (const auto *Holders = Analysis.argumentAliases(Entry, Function))
      if (Holders->count(Var))
        return true;
  return false;
}

void Run::recordCall(const FunctionDecl *Function, const CallExpr *Call,
                     const HeldLocks &Held) {
  checkLibraryWrite(Function, Call);
  if (writesFirstArgument(Call)) {
    Place Object =
        throughLocalPointer(placeOfPointee(Call->getArg(0)), KnownPointees);
    if ((Object.isGlobal() && !Object.Deref) ||
        (Object.Deref && holdsThreadArgument(Function, Object.Base))) {
      CallAccess Via;
      Via.Object = Object;
      Via.Write = true;
      recordPlace(Function, Call, Object, true, true, Held, &Via);
    }
    return;
  }
  std::vector<CallAccess> Found;
  accessesThroughCall(Function, Call, Held, 0, Found);
  // One access per object, lock set and kind, writes first: a report at
  // the call names the worst thing the callee does there.
  std::stable_sort(Found.begin(), Found.end(),
                   [](const CallAccess &Left, const CallAccess &Right) {
                     return Left.Write && !Right.Write;
                   });
  std::vector<const CallAccess *> Kept;
  for (const CallAccess &Access : Found) {
    bool Known = false;
    for (const CallAccess *Other : Kept)
      Known |= Other->Object == Access.Object &&
               (Other->Write || !Access.Write) && Other->Held == Access.Held;
    if (Known)
      continue;
    Kept.push_back(&Access);
    recordPlace(Function, Call, Access.Object, true, Access.Write, Access.Held,
                &Access);
  }
}

void Run::gatherAccesses() {
  for (const FunctionDecl *Function : Context.threadFunctions()) {
    if (isInSystemHeader(Sources, Function->getLocation()) ||
        readAnnotations(Function).UnsynchronizedReason)
      continue;
    const AccessFinder &Finder = accessesIn(Function);
    // Calls are looked into once the caller's own walk is over.
    std::vector<std::pair<const CallExpr *, HeldLocks>> Calls;
    Analysis.locks().run(Function, Context.entryLocks(Function),
                         [&](const Stmt *S, const HeldLocks &Held) {
                           if (const auto *Call = dyn_cast<CallExpr>(S))
                             Calls.push_back({Call, Held});
                           auto Found = Finder.Found.find(S);
                           if (Found != Finder.Found.end())
                             recordAccess(Function, Found->second.first,
                                          Found->second.second, Held);
                         });
    for (const auto &[Call, Held] : Calls)
      recordCall(Function, Call, Held);
  }
}

void Run::checkAnnotatedAccess(const Access &A, const ValueDecl *Governing,
                               const Annotations &Notes) {
  std::string Name = objectName(A);
  std::string Thread = threadName(A);
  std::set<const FunctionDecl *> Entries(
      Context.entriesReaching(A.Function).begin(),
      Context.entriesReaching(A.Function).end());

  if (Notes.Shared) {
    if (A.Write)
      emit(ReadOnly, A,
           "'" + Name +
               "' is declared SHARED, read-only while threads run, "
               "but thread '" +
               Thread + "' writes it",
           Entries, nullptr, nullptr, Governing);
    return;
  }

  ResolvedGuard Guard = resolveGuard(Governing, Notes);
  if (!Guard.Decl)
    return; // Reported once, at the annotation.
  Place Needed = guardPlaceFor(A.Object, Guard);
  if (!Needed.isValid())
    return;
  std::string GuardName = Needed.name();

  std::string Message;
  if (A.Held.Must.count(Needed)) {
    if (!A.Write || !A.Held.ReadOnly.count(Needed))
      return;
    Message = "'" + Name + "' is written by thread '" + Thread +
              "' while its guard '" + GuardName + "' is held only for reading";
  } else if (A.Held.May.count(Needed)) {
    Message = "'" + Name + "' is " + verb(A.Write) + " by thread '" + Thread +
              "' without holding its guard '" + GuardName + "' on every path";
  } else if (!A.Held.Must.empty()) {
    Message = "'" + Name + "' is " + verb(A.Write) + " by thread '" + Thread +
              "' while holding '" + A.Held.Must.begin()->name() +
              "' instead of its guard '" + GuardName + "'";
  } else {
    Message = "'" + Name + "' is " + verb(A.Write) + " by thread '" + Thread +
              "' without holding its guard '" + GuardName + "'";
  }
  // The release that explains a guard missing after it was taken.
  const CallExpr *Release = lastReleaseBefore(A.Function, Needed, A.Target);
  emit(Unguarded, A, Message, Entries, nullptr, Guard.Decl, Governing,
       [&](BasicBugReport &Report) {
         if (Release)
           Report.addNote("guard '" + GuardName + "' released here",
                          locationOf(Release, A.Function));
       });
}

const CallExpr *Run::lastReleaseBefore(const FunctionDecl *Function,
                                       const Place &Lock,
                                       const Stmt *Limit) const {
  // In source order: the last unlock of Lock, direct or by a helper whose
  // summary releases it, that starts before Limit.
  struct Finder : RecursiveASTVisitor<Finder> {
    const Run &Rules;
    const Place &Lock;
    SourceLocation Limit;
    const CallExpr *Last = nullptr;
    Finder(const Run &Rules, const Place &Lock, SourceLocation Limit)
        : Rules(Rules), Lock(Lock), Limit(Limit) {}
    bool releases(const CallExpr *Call) const {
      ThreadCallInfo Info = classifyCall(Call);
      if (Info.Kind == ThreadCall::Unlock)
        return LockSetAnalysis::lockPlace(Info) == Lock;
      const FunctionDecl *Callee = Call->getDirectCallee();
      Callee = Callee ? Callee->getDefinition() : nullptr;
      const LockSummary *Summary =
          Callee ? Rules.Analysis.locks().summaryOf(Callee) : nullptr;
      if (!Summary)
        return false;
      for (const Place &Released : Summary->Released)
        if (LockSetAnalysis::intoCaller(Released, Call) == Lock)
          return true;
      return false;
    }
    bool VisitCallExpr(CallExpr *Call) {
      if (Rules.Sources.isBeforeInTranslationUnit(Call->getBeginLoc(), Limit) &&
          releases(Call))
        Last = Call;
      return true;
    }
  } Releases(*this, Lock, Limit->getBeginLoc());
  Releases.TraverseStmt(Function->getBody());
  return Releases.Last;
}

void Run::checkGroup(const std::vector<const Access *> &Group) {
  // Only a write makes sharing a race.
  const Access *Writer = nullptr;
  std::set<const FunctionDecl *> Entries;
  for (const Access *A : Group) {
    if (A->Write && !Writer)
      Writer = A;
    if (A->ArgumentOf)
      Entries.insert(A->ArgumentOf);
    else
      for (const FunctionDecl *Entry : Context.entriesReaching(A->Function))
        Entries.insert(Entry);
  }
  if (!Writer || Entries.empty())
    return;

  // Concurrent when two threads that touch it may run at once: for the
  // thread argument, one object handed to several threads.
  const Access &First = *Group.front();
  bool Concurrent;
  if (First.ArgumentOf) {
    Concurrent = SharedArguments.count(First.ArgumentOf) > 0;
  } else {
    auto Cached = ConcurrentEntries.find(Entries);
    if (Cached == ConcurrentEntries.end()) {
      std::vector<const SpawnSite *> Sites;
      for (const FunctionDecl *Entry : Entries)
        for (const SpawnSite *Site : Context.spawnsOf(Entry))
          Sites.push_back(Site);
      Cached = ConcurrentEntries
                   .emplace(Entries, Analysis.windows().anyOverlap(Sites))
                   .first;
    }
    Concurrent = Cached->second;
  }
  if (!Concurrent)
    return;

  // The guard is inferred: the lock held at the most accesses.
  // A lock held only for reading does not protect a write: it gets no
  // vote there, so a mutex held at every access wins over it.
  std::map<Place, unsigned> Votes;
  for (const Access *A : Group)
    for (const Place &Lock : A->Held.Must)
      Votes[Lock] += A->Write && A->Held.ReadOnly.count(Lock) ? 0 : 1;
  const Place *Guard = nullptr;
  unsigned Best = 0;
  for (const auto &[Lock, Count] : Votes)
    if (Count > Best) {
      Guard = &Lock;
      Best = Count;
    }

  // Candidates for the note naming a conflicting access, chosen once.
  const Access *FirstWrite = nullptr, *SecondWrite = nullptr;
  const Access *FirstRead = nullptr;
  for (const Access *A : Group) {
    if (A->Write && !FirstWrite)
      FirstWrite = A;
    else if (A->Write && !SecondWrite && A->Target != FirstWrite->Target)
      SecondWrite = A;
    else if (!A->Write && !FirstRead)
      FirstRead = A;
  }

  for (const Access *A : Group) {
    // A write under a lock held only for reading: the inferred guard, or
    // with no guard inferred, any such lock.
    const Place *ReadLocked = nullptr;
    if (A->Write && Guard && A->Held.ReadOnly.count(*Guard))
      ReadLocked = Guard;
    else if (A->Write && (!Guard || !A->Held.Must.count(*Guard)) &&
             !A->Held.ReadOnly.empty())
      ReadLocked = &*A->Held.ReadOnly.begin();
    if (ReadLocked) {
      emit(Unguarded, *A,
           "'" + objectName(*A) + "' is written by thread '" + threadName(*A) +
               "' while '" + lockName(*ReadLocked, *A) +
               "' is held only for reading",
           Entries, nullptr, nullptr, declarationOf(*A));
      continue;
    }
    if (Guard && A->Held.Must.count(*Guard)) {
      if (!Checker.StrictAnnotations || A != Group.front())
        continue;
      emit(Unguarded, *A,
           "'" + objectName(*A) +
               "' is shared between threads without a SHARED_MUT "
               "annotation; every access holds '" +
               lockName(*Guard, *A) + "'",
           Entries, nullptr, nullptr, declarationOf(*A));
      continue;
    }
    // Name a conflicting access: a write, another one when this is it.
    const Access *Other = FirstWrite != A ? FirstWrite : SecondWrite;
    if (!Other && A->Write)
      Other = FirstRead != A ? FirstRead : nullptr;

    std::string Name = objectName(*A);
    std::string Thread = threadName(*A);
    std::string Message;
    if (Guard)
      Message = "'" + Name + "' is " + verb(A->Write) + " by thread '" +
                Thread + "' without holding '" + lockName(*Guard, *A) +
                "'; its other accesses hold it";
    else if (A->ArgumentOf)
      Message = "'" + Name + "' is " + verb(A->Write) + " by thread '" +
                Thread + "' through its argument with no lock held; " +
                "the same object is handed to several threads";
    else if (A->Write)
      Message = "'" + Name + "' is written by thread '" + Thread +
                "' with no lock held; other threads access it concurrently";
    else
      Message = "'" + Name + "' is read by thread '" + Thread +
                "' with no lock held; other threads write it concurrently";
    emit(Unguarded, *A, Message, Entries, Other, nullptr, declarationOf(*A));
  }
}

void Run::analyse() {
  if (Context.spawns().empty())
    return;
  findSharedArguments();
  findAtomicObjects();
  gatherAccesses();

  for (const SpawnSite &Site : Context.spawns())
    if (Place Handed = placeOfPointee(Site.Argument); Handed.isValid())
      HandedBases.insert(Handed.Base);
  for (const Access &A : ThreadAccesses) {
    if (A.ArgumentOf)
      ThreadAccessesByEntry[A.ArgumentOf].push_back(&A);
    else if (A.Object.isGlobal())
      ThreadAccessesByPlace[A.Object].push_back(&A);
  }

  // Group the unannotated accesses by the memory they touch.
  std::map<Place, std::vector<const Access *>> Groups;
  for (const Access &A : Accesses)
    Groups[A.Shared].push_back(&A);
  for (const auto &[Object, Group] : Groups)
    checkGroup(Group);
  checkSpawnerWindows();
}

void Run::checkSpawnerWindows() {
  for (const FunctionDecl *Spawner : Analysis.windows().spawners()) {
    if (isInSystemHeader(Sources, Spawner->getLocation()))
      continue;

    // The locks the spawner holds at each statement.
    std::map<const Stmt *, HeldLocks> HeldAt;
    Analysis.locks().run(
        Spawner, HeldLocks(),
        [&](const Stmt *S, const HeldLocks &Held) { HeldAt[S] = Held; });

    const AccessFinder &Finder = accessesIn(Spawner);
    std::vector<std::pair<const CallExpr *, RunningThreads>> Calls;
    Analysis.windows().forEachStatement(
        Spawner, [&](const Stmt *S, const RunningThreads &Running) {
          if (Running.empty())
            return;
          if (const auto *Call = dyn_cast<CallExpr>(S))
            Calls.push_back({Call, Running});
          auto Found = Finder.Found.find(S);
          if (Found == Finder.Found.end())
            return;
          Place Object = placeOfLValue(Found->second.first);
          Place Global = throughLocalPointer(Object, KnownPointees);
          bool Indirect = !(Global == Object) && Global.isGlobal();
          checkSpawnerAccess(Spawner, Found->second.first,
                             Indirect ? Global : Object, Indirect,
                             Found->second.second, HeldAt[S].Must, Running);
        });

    // What the spawner's calls write or read through the pointers they
    // are handed, at the call.
    for (const auto &[Call, Running] : Calls) {
      if (writesFirstArgument(Call)) {
        Place Object =
            throughLocalPointer(placeOfPointee(Call->getArg(0)), KnownPointees);
        if (Object.isGlobal() && !Object.Deref)
          checkSpawnerAccess(Spawner, Call, Object, true, true,
                             HeldAt[Call].Must, Running);
        continue;
      }
      std::vector<CallAccess> Found;
      accessesThroughCall(Spawner, Call, HeldAt[Call], 0, Found);
      std::stable_sort(Found.begin(), Found.end(),
                       [](const CallAccess &Left, const CallAccess &Right) {
                         return Left.Write && !Right.Write;
                       });
      for (const CallAccess &Access : Found)
        checkSpawnerAccess(Spawner, Call, Access.Object, true, Access.Write,
                           Access.Held.Must, Running);
    }
  }
}

void Run::checkSpawnerAccess(const FunctionDecl *Spawner, const Expr *Target,
                             const Place &Object, bool Indirect, bool Write,
                             const PlaceSet &Held,
                             const RunningThreads &Running) {
  QualType Type = Indirect ? typeOfPlace(Object) : Target->getType();
  if (!Object.isValid() || AtomicObjects.count(Object) ||
      isSynchronisationType(Type) || Type.isConstQualified() ||
      isInSystemHeader(Sources, Target->getExprLoc()))
    return;
  // Most accesses touch nothing any thread touches: say so cheaply.
  if (Object.isGlobal() ? !ThreadAccessesByPlace.count(Object)
                        : !HandedBases.count(Object.Base))
    return;
  const ValueDecl *Governing = governingDecl(Object);
  Annotations Notes = readAnnotations(Governing);
  if (Notes.UnsynchronizedReason ||
      readAnnotations(Object.Base).UnsynchronizedReason)
    return;
  ResolvedGuard Guard = resolveGuard(Governing, Notes);
  Place Needed = guardPlaceFor(Object, Guard);
  if (Needed.isValid() && Held.count(Needed))
    return;

  for (const SpawnSite *Site : Running) {
    // The thread's accesses to the same memory: the same global, or the
    // object the spawner handed it, reached through its argument.
    // A local pointer handed over (`r` for a heap object) names the same
    // object at every later access when it is set once, and one spawn
    // starts one thread with it.
    Place Handed = placeOfPointee(Site->Argument);
    bool HandedPointer = Handed.isValid() && Handed.Deref &&
                         Handed.Fields.empty() && Object.Deref &&
                         !Site->InLoop && isa<VarDecl>(Handed.Base) &&
                         holdsOneObjectOnce(cast<VarDecl>(Handed.Base));
    bool ThroughArgument = !Object.isGlobal() && Handed.isValid() &&
                           (!Handed.Deref || HandedPointer) &&
                           Handed.Base == Object.Base;
    // `v[i] = ...; pthread_create(..., &v[i])`: the threads already running
    // were handed other elements.
    if (ThroughArgument && isPerThreadArgument(*Site))
      if (const ValueDecl *Index = elementIndexVariable(Target))
        if (Index == elementIndexVariable(Site->Argument))
          continue;
    if (!ThroughArgument && !Object.isGlobal())
      continue;
    // An OWNED object handed over is moved: ownership.Moves reports its
    // uses.
    if (ThroughArgument && ownedObjectOf(Object).isValid())
      continue;
    const auto &Candidates = ThroughArgument
                                 ? ThreadAccessesByEntry[Site->Entry]
                                 : ThreadAccessesByPlace[Object];
    const Access *Conflict = nullptr;
    bool AllHoldOneLock = true;
    for (const Access *Candidate : Candidates) {
      const Access &A = *Candidate;
      if (!ThroughArgument &&
          !llvm::is_contained(Context.entriesReaching(A.Function), Site->Entry))
        continue;
      if (!(A.Write || Write))
        continue;
      if (!Conflict || (A.Write && !Conflict->Write))
        Conflict = &A;
      bool Shares = false;
      for (const Place &Lock : A.Held.Must)
        if (auto Translated = inSpawnerTerms(Lock, *Site))
          Shares |= Held.count(*Translated) > 0;
      AllHoldOneLock &= Shares;
    }
    if (!Conflict || (AllHoldOneLock && !Held.empty()))
      continue;

    std::string Name = Object.name();
    std::string Thread = Site->Entry->getNameAsString();
    std::string Message =
        Write ? "'" + Name + "' is written by '" + Spawner->getNameAsString() +
                    "' while thread '" + Thread +
                    "' may still access it; join the thread first"
              : "'" + Name + "' is read by '" + Spawner->getNameAsString() +
                    "' while thread '" + Thread +
                    "' may still write it; join the thread first";
    if (!Reported.insert({Target, Object}).second ||
        !ReportedObjects.insert({Spawner, Object, Write}).second)
      return;
    auto Report = std::make_unique<BasicBugReport>(Unguarded, Message,
                                                   locationOf(Target, Spawner));
    Report->addRange(Target->getSourceRange());
    Report->setDeclWithIssue(Spawner);
    Report->addNote("thread '" + Thread +
                        "' spawned here and not joined before the access",
                    locationOf(Site->Call, Spawner));
    // The thread's access, named as the spawner knows the memory.
    Place Touched = Object;
    if (ThroughArgument) {
      Touched = Handed;
      Touched.Fields.insert(Touched.Fields.end(),
                            Conflict->Object.Fields.begin(),
                            Conflict->Object.Fields.end());
    }
    Report->addNote("'" + Touched.name() + "' is " + verb(Conflict->Write) +
                        " here by thread '" + Thread + "'",
                    locationOf(Conflict->Target, Conflict->Function));
    Report->addNote("'" + Object.Base->getNameAsString() + "' declared here",
                    PathDiagnosticLocation::create(Object.Base, Sources));
    Reporter.emitReport(std::move(Report));
    return;
  }
}

PathDiagnosticLocation Run::locationOf(const Stmt *S,
                                       const FunctionDecl *Function) const {
  return PathDiagnosticLocation::createBegin(
      S, Sources, Manager.getAnalysisDeclContext(Function));
}

// A lock as the accessing function spells it: locks reached through the
// thread argument are compared under the entry parameter's name, but the
// user reads the name of the pointer the function uses.
std::string Run::lockName(const Place &Lock, const Access &A) const {
  const FunctionDecl *Entry = entryOf(A);
  if (!Entry || Entry->getNumParams() == 0 ||
      Lock.Base != Entry->getParamDecl(0) || !A.Object.Deref ||
      A.Object.isGlobal() || !A.ArgumentOf)
    return Lock.name();
  Place Spelled = Lock;
  Spelled.Base = A.Object.Base;
  return Spelled.name();
}

// The entry of the thread an access is reported for.
// The thread a report names for an access: the one it reaches the object
// through, or, of the threads whose calls lead to the function, the one
// that holds the fewest locks on the way (the careless caller, when one
// caller locks and another does not).
const FunctionDecl *Run::entryOf(const Access &A) const {
  if (A.ArgumentOf)
    return A.ArgumentOf;
  const auto &Entries = Context.entriesReaching(A.Function);
  if (Entries.size() < 2)
    return Entries.empty() ? nullptr : Entries.front();
  auto Known = NamedEntries.find(A.Function);
  if (Known != NamedEntries.end())
    return Known->second;

  const FunctionDecl *Best = nullptr;
  size_t Fewest = 0;
  for (const FunctionDecl *Entry : Entries) {
    size_t Held = 0;
    for (const CallStep &Step : Context.callChain(Entry, A.Function))
      Analysis.locks().run(Step.Caller, HeldLocks(),
                           [&](const Stmt *S, const HeldLocks &Locks) {
                             if (S == Step.Call)
                               Held += Locks.Must.size();
                           });
    if (!Best || Held < Fewest) {
      Best = Entry;
      Fewest = Held;
    }
  }
  return NamedEntries[A.Function] = Best;
}

std::string Run::threadName(const Access &A) const {
  const FunctionDecl *Entry = entryOf(A);
  return Entry ? Entry->getNameAsString() : A.Function->getNameAsString();
}

// The object as the user knows it: for memory reached through the thread
// argument, the spawner's object (`counter`, `ctx.total`).
std::string Run::objectName(const Access &A) const {
  if (!A.ArgumentOf)
    return A.Object.name();
  auto Found = SharedArguments.find(A.ArgumentOf);
  if (Found == SharedArguments.end())
    return A.Object.name();
  Place Object = placeOfPointee(Found->second.front()->Argument);
  Object.Fields.insert(Object.Fields.end(), A.Object.Fields.begin(),
                       A.Object.Fields.end());
  return Object.name();
}

const ValueDecl *Run::declarationOf(const Access &A) const {
  if (!A.ArgumentOf)
    return A.Object.Base;
  auto Found = SharedArguments.find(A.ArgumentOf);
  if (Found == SharedArguments.end())
    return nullptr;
  return placeOfPointee(Found->second.front()->Argument).Base;
}

void Run::addThreadNotes(BasicBugReport &Report, const Access &A,
                         const std::set<const FunctionDecl *> &Entries,
                         const Access *Other) const {
  // The way from the thread's entry to the access.
  const FunctionDecl *Entry = entryOf(A);
  const FunctionDecl *OtherEntry = Other ? entryOf(*Other) : nullptr;
  // A long chain shows its two ends and counts the calls in between.
  std::vector<CallStep> Chain;
  if (Entry)
    Chain = Context.callChain(Entry, A.Function);
  const size_t Ends = 2;
  for (size_t Index = 0; Index < Chain.size(); ++Index) {
    const CallStep &Step = Chain[Index];
    if (Chain.size() > 2 * Ends + 1 && Index >= Ends &&
        Index < Chain.size() - Ends) {
      if (Index == Ends)
        Report.addNote("thread '" + Entry->getNameAsString() +
                           "' goes on "
                           "through " +
                           std::to_string(Chain.size() - 2 * Ends) +
                           " more calls from here",
                       locationOf(Step.Call, Step.Caller));
      continue;
    }
    Report.addNote("thread '" + Entry->getNameAsString() + "' calls '" +
                       Step.Call->getDirectCallee()->getNameAsString() +
                       "' here",
                   locationOf(Step.Call, Step.Caller));
  }

  // The spawns of the thread making this access and of the thread making
  // the conflicting one, in source order; the other threads involved are
  // counted in one more note rather than listed.
  std::vector<const SpawnSite *> Shown, Others;
  for (const FunctionDecl *Involved : Entries)
    for (const SpawnSite *Site : Context.spawnsOf(Involved))
      (Involved == Entry || Involved == OtherEntry ? Shown : Others)
          .push_back(Site);
  auto inSourceOrder = [](const SpawnSite *Left, const SpawnSite *Right) {
    return Left->Order < Right->Order;
  };
  std::sort(Shown.begin(), Shown.end(), inSourceOrder);
  std::sort(Others.begin(), Others.end(), inSourceOrder);
  // A few spawns make the point; the rest are counted.
  const size_t MostShown = 4;
  if (Shown.size() > MostShown) {
    Others.insert(Others.begin(), Shown.begin() + MostShown, Shown.end());
    Shown.resize(MostShown);
    std::sort(Others.begin(), Others.end(), inSourceOrder);
  }
  if (Others.size() == 1) {
    Shown.push_back(Others.front());
    Others.clear();
  }
  for (const SpawnSite *Site : Shown) {
    std::string Text =
        "thread '" + Site->Entry->getNameAsString() + "' spawned here";
    if (Site->InLoop)
      Text += "; the loop starts several of them";
    Report.addNote(Text, locationOf(Site->Call, Site->Spawner));
  }
  if (Others.size() > 1)
    Report.addNote(std::to_string(Others.size()) +
                       " more spawns start threads that touch it; the "
                       "first is here",
                   locationOf(Others.front()->Call, Others.front()->Spawner));
}

void Run::emit(const BugType &Type, const Access &A, const std::string &Message,
               const std::set<const FunctionDecl *> &Entries,
               const Access *Other, const ValueDecl *Guard,
               const ValueDecl *Declared,
               llvm::function_ref<void(BasicBugReport &)> MoreNotes) {
  if (!Reported.insert({A.Target, A.Shared}).second ||
      !ReportedObjects.insert({A.Function, A.Shared, A.Write}).second)
    return;
  auto Report = std::make_unique<BasicBugReport>(
      Type, Message, locationOf(A.Target, A.Function));
  Report->addRange(A.Target->getSourceRange());
  Report->setDeclWithIssue(A.Function);

  addThreadNotes(*Report, A, Entries, Other);
  if (A.Inside.Param)
    Report->addNote("'" + objectName(A) + "' is " + verb(A.Write) +
                        " here by '" + A.Inside.In->getNameAsString() +
                        "' through its parameter '" +
                        A.Inside.Param->getNameAsString() + "'",
                    locationOf(A.Inside.Where, A.Inside.In));
  if (Declared)
    Report->addNote("'" + Declared->getNameAsString() + "' declared here",
                    PathDiagnosticLocation::create(Declared, Sources));
  if (Guard)
    Report->addNote("guard '" + Guard->getNameAsString() + "' declared here",
                    PathDiagnosticLocation::create(Guard, Sources));
  if (Other)
    Report->addNote("'" + objectName(*Other) + "' is also " +
                        verb(Other->Write) + " here by thread '" +
                        threadName(*Other) + "'",
                    locationOf(Other->Target, Other->Function));
  if (MoreNotes)
    MoreNotes(*Report);
  Reporter.emitReport(std::move(Report));
}

void Run::reportMalformed(const Decl *D, SourceLocation Where,
                          const std::string &Message) {
  // The annotation is a macro: point at its use, not at ownership.h.
  Where = Sources.getExpansionLoc(Where);
  if (isInSystemHeader(Sources, Where.isValid() ? Where : D->getLocation()))
    return;
  PathDiagnosticLocation Location(Where.isValid() ? Where : D->getLocation(),
                                  Sources);
  auto Report = std::make_unique<BasicBugReport>(Malformed, Message, Location);
  Report->setDeclWithIssue(D);
  Reporter.emitReport(std::move(Report));
}

void Run::checkAnnotations(const TranslationUnitDecl *Unit) {
  ownck::checkAnnotations(Unit, [this](const Decl *D, SourceLocation Where,
                                       const std::string &Message) {
    reportMalformed(D, Where, Message);
  });
}

void SharedStateChecker::checkASTDecl(const TranslationUnitDecl *Unit,
                                      AnalysisManager &Manager,
                                      BugReporter &Reporter) const {
  Run Rules(*this, UnguardedAccess, ReadOnlyWrite, MalformedAnnotation, Unit,
            Manager, Reporter);
  Rules.checkAnnotations(Unit);
  Rules.analyse();
}

} // namespace

void ownck::registerSharedStateChecker(CheckerManager &Manager) {
  auto *Checker = Manager.registerChecker<SharedStateChecker>();
  Checker->StrictAnnotations =
      Manager.getAnalyzerOptions().getCheckerBooleanOption(Checker,
                                                           "StrictAnnotations");
}
