//===- SendChecker.cpp - NOSEND values handed to another thread -----------===//
//
// ownership.Send: values that must stay on the thread that created them,
// the C counterpart of Rust's refusal to move a `!Send` value such as an
// `Rc` into `thread::spawn` (E0277). A type is NOSEND when its struct,
// union or one of the typedefs it is spelled with carries the annotation.
// After the whole translation unit is parsed the checker refuses:
//
//   - a spawn whose argument is, points to, or reaches through its fields
//     (at a bounded depth) a value of a NOSEND type;
//   - a global or function static of such a type touched in thread
//     context: a static is reachable by every thread, as Rust refuses a
//     `static` whose type is not `Sync`. `_Thread_local` ones are fine.
//
// A NOSEND value made and used inside a thread never crosses a spawn, so
// it is accepted without being looked at.
//
//===----------------------------------------------------------------------===//

#include "Checkers.h"
#include "Reporting.h"
#include "ThreadModel.h"
#include "UnitAnalysis.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"

#include <map>
#include <set>

using namespace clang;
using namespace ento;
using namespace ownck;

namespace {

/// How a NOSEND type is reached from the type of a value: the declaration
/// carrying the annotation, and the fields crossed on the way there.
struct NoSendReach {
  /// The struct, union or typedef declared NOSEND.
  const NamedDecl *Marked = nullptr;
  /// Where the annotation is written.
  SourceLocation Annotation;
  /// The fields selected from the value to the NOSEND part, outermost
  /// first; empty when the value (or its pointee) is NOSEND itself.
  std::vector<const FieldDecl *> Fields;
};

/// Fields followed from a value before giving up: deep enough for the
/// structs real code hands to threads, small enough to stay cheap.
const unsigned MostFieldSteps = 6;

// The annotation location of a NOSEND struct, union or typedef, looking
// at every declaration of a struct (the annotation may sit on any).
std::optional<SourceLocation> noSendAnnotation(const NamedDecl *D) {
  if (const auto *Record = dyn_cast<RecordDecl>(D)) {
    for (const TagDecl *Each : Record->redecls()) {
      Annotations Notes = readAnnotations(Each);
      if (Notes.NoSend)
        return Notes.Location.isValid() ? Notes.Location : Each->getLocation();
    }
    return std::nullopt;
  }
  Annotations Notes = readAnnotations(D);
  if (Notes.NoSend)
    return Notes.Location.isValid() ? Notes.Location : D->getLocation();
  return std::nullopt;
}

/// Finds the first NOSEND part of values of Type: the type itself (through
/// its typedef chain), what it points to, its array elements, its fields.
/// Visited guards against recursive structs.
std::optional<NoSendReach> findNoSend(QualType Type, unsigned FieldSteps,
                                      std::set<const RecordDecl *> &Visited) {
  // Pointers of pointers, arrays of arrays: each level costs a step too,
  // so that no type, however built, is walked for long.
  for (unsigned Level = 0; !Type.isNull() && Level < 16; ++Level) {
    // The typedef names the type is spelled with, outermost first.
    for (QualType Spelled = Type; !Spelled.isNull();) {
      const auto *Typedef = Spelled->getAs<TypedefType>();
      if (!Typedef)
        break;
      if (auto Where = noSendAnnotation(Typedef->getDecl()))
        return NoSendReach{Typedef->getDecl(), *Where, {}};
      Spelled = Typedef->desugar();
    }

    if (const auto *Pointer = Type->getAs<PointerType>()) {
      Type = Pointer->getPointeeType();
      continue;
    }
    if (const ArrayType *Array = Type->getAsArrayTypeUnsafe()) {
      Type = Array->getElementType();
      continue;
    }
    if (const auto *Atomic = Type->getAs<AtomicType>()) {
      Type = Atomic->getValueType();
      continue;
    }
    const RecordDecl *Record = Type->getAsRecordDecl();
    if (!Record)
      return std::nullopt;
    if (auto Where = noSendAnnotation(Record))
      return NoSendReach{Record, *Where, {}};
    const RecordDecl *Definition = Record->getDefinition();
    if (!Definition || FieldSteps >= MostFieldSteps ||
        !Visited.insert(Definition).second)
      return std::nullopt;
    for (const FieldDecl *Field : Definition->fields())
      if (auto Found = findNoSend(Field->getType(), FieldSteps + 1, Visited)) {
        Found->Fields.insert(Found->Fields.begin(), Field);
        return Found;
      }
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<NoSendReach> findNoSend(QualType Type) {
  std::set<const RecordDecl *> Visited;
  return findNoSend(Type, 0, Visited);
}

// The type as the user wrote its name: `struct conn`, `conn_t`.
std::string typeName(const NamedDecl *Marked) {
  if (const auto *Record = dyn_cast<RecordDecl>(Marked)) {
    if (Record->getIdentifier())
      return std::string(Record->isUnion() ? "union " : "struct ") +
             Record->getNameAsString();
    if (const TypedefNameDecl *Typedef = Record->getTypedefNameForAnonDecl())
      return Typedef->getNameAsString();
    return Record->isUnion() ? "unnamed union" : "unnamed struct";
  }
  return Marked->getNameAsString();
}

// The field path as source spells it: `session`, `link.session`. Members
// of anonymous structs and unions are selected without their own name.
std::string fieldPath(const std::vector<const FieldDecl *> &Fields) {
  std::string Path;
  for (const FieldDecl *Field : Fields) {
    if (!Field->getIdentifier())
      continue;
    if (!Path.empty())
      Path += ".";
    Path += Field->getNameAsString();
  }
  return Path;
}

// The second clause of every report: what makes the value NOSEND.
std::string reason(const NoSendReach &Reach) {
  std::string Type = typeName(Reach.Marked);
  std::string Path = fieldPath(Reach.Fields);
  if (Path.empty())
    return "'" + Type + "' is NOSEND";
  return "its field '" + Path + "' reaches NOSEND '" + Type + "'";
}

// Finds the globals and function statics named in a function body,
// outside `sizeof` and the like, first use first.
class GlobalUseFinder : public RecursiveASTVisitor<GlobalUseFinder> {
public:
  std::vector<std::pair<const VarDecl *, const DeclRefExpr *>> Found;

  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) {
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (Var && Var->hasGlobalStorage() && !isa<ParmVarDecl>(Var) &&
        Var->getTLSKind() == VarDecl::TLS_None)
      Found.emplace_back(Var, Ref);
    return true;
  }
};

/// Finds where a thread entry gives its `void *` parameter a type: a
/// pointer initialised or assigned from it, or a cast of it.
class ParameterTypeFinder : public RecursiveASTVisitor<ParameterTypeFinder> {
public:
  explicit ParameterTypeFinder(const ParmVarDecl *Param) : Param(Param) {}

  /// The types given, each with the expression that gives it.
  std::vector<std::pair<QualType, const Expr *>> Found;

  bool VisitVarDecl(VarDecl *Var) {
    if (Var->hasInit() && readsParameter(Var->getInit()))
      Found.emplace_back(Var->getType(), Var->getInit());
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *Binary) {
    if (Binary->getOpcode() == BO_Assign && readsParameter(Binary->getRHS()))
      Found.emplace_back(Binary->getLHS()->getType(), Binary->getRHS());
    return true;
  }
  bool VisitExplicitCastExpr(ExplicitCastExpr *Cast) {
    if (readsParameter(Cast->getSubExpr()))
      Found.emplace_back(Cast->getType(), Cast);
    return true;
  }

private:
  bool readsParameter(const Expr *E) const {
    const auto *Ref =
        dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenCasts() : nullptr);
    return Ref && Ref->getDecl() == Param;
  }

  const ParmVarDecl *Param;
};

class SendChecker : public Checker<check::ASTDecl<TranslationUnitDecl>> {
public:
  void checkASTDecl(const TranslationUnitDecl *Unit, AnalysisManager &Manager,
                    BugReporter &Reporter) const;

private:
  BugType NotSend{this, "NOSEND value sent to another thread", "Ownership"};
};

/// One run of the checker over a translation unit.
class Run {
public:
  Run(const BugType &NotSend, const TranslationUnitDecl *Unit,
      AnalysisManager &Manager, BugReporter &Reporter)
      : NotSend(NotSend), Manager(Manager), Reporter(Reporter),
        Sources(Manager.getSourceManager()),
        Context(UnitAnalysis::of(Unit, Manager).context()) {}

  void checkSpawnArguments();
  void checkGlobals();

private:
  std::string spelling(const Expr *E) const;
  void addNoSendNotes(BasicBugReport &Report, const NoSendReach &Reach) const;

  const BugType &NotSend;
  AnalysisManager &Manager;
  BugReporter &Reporter;
  const SourceManager &Sources;
  const ThreadContext &Context;
};

// The source text of E when it is short and on one line, quoted;
// otherwise a description.
std::string Run::spelling(const Expr *E) const {
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), Sources,
      Manager.getLangOpts());
  llvm::StringRef Text =
      Range.isValid()
          ? Lexer::getSourceText(Range, Sources, Manager.getLangOpts())
          : llvm::StringRef();
  if (Text.empty() || Text.size() > 40 || Text.contains('\n'))
    return "the thread argument";
  return "'" + Text.str() + "'";
}

void Run::addNoSendNotes(BasicBugReport &Report,
                         const NoSendReach &Reach) const {
  for (const FieldDecl *Field : Reach.Fields)
    if (Field->getIdentifier())
      Report.addNote("reached through field '" + Field->getNameAsString() + "'",
                     ownck::locationOf(Field, Manager));
  // The annotation is a macro: point at its use, not at ownership.h.
  SourceLocation Where = Sources.getExpansionLoc(Reach.Annotation);
  Report.addNote("'" + typeName(Reach.Marked) + "' is declared NOSEND here",
                 PathDiagnosticLocation(Where, Sources));
}

void Run::checkSpawnArguments() {
  for (const SpawnSite &Site : Context.spawns()) {
    if (!Site.Entry || !Site.Argument || !Site.Spawner ||
        isInSystemHeader(Sources, Site.Call->getBeginLoc()))
      continue;
    // The value as the spawner has it, before it is made a `void *`.
    const Expr *Value = stripAll(Site.Argument);
    if (!Value)
      continue;
    auto Reach = findNoSend(Value->getType());

    // A `void *` hides the type; the entry shows it when it converts its
    // parameter. A null pointer carries nothing.
    const Expr *TakenAs = nullptr;
    QualType TakenType;
    if (!Reach && Site.Entry->getNumParams() > 0 && Site.Entry->getBody() &&
        !Value->isNullPointerConstant(Site.Entry->getASTContext(),
                                      Expr::NPC_ValueDependentIsNotNull)) {
      ParameterTypeFinder Finder(Site.Entry->getParamDecl(0));
      Finder.TraverseStmt(Site.Entry->getBody());
      for (const auto &[Type, Where] : Finder.Found)
        if ((Reach = findNoSend(Type))) {
          TakenAs = Where;
          TakenType = Type;
          break;
        }
    }
    if (!Reach)
      continue;

    // The escape hatch, on the variable handed over.
    Place Handed = placeOfPointee(Site.Argument);
    if (!Handed.isValid())
      Handed = placeOfLValue(Value);
    if (Handed.isValid() && readAnnotations(Handed.Base).UnsynchronizedReason)
      continue;

    std::string Thread = Site.Entry->getNameAsString();
    std::string Message = spelling(Value) + " cannot be sent to thread '" +
                          Thread + "'; " + reason(*Reach);
    auto Report = std::make_unique<BasicBugReport>(
        NotSend, Message,
        ownck::locationOf(Site.Argument, Site.Spawner, Manager));
    Report->addRange(Site.Argument->getSourceRange());
    Report->setDeclWithIssue(Site.Spawner);
    if (TakenAs)
      Report->addNote("thread '" + Thread + "' takes its argument as '" +
                          TakenType.getAsString() + "' here",
                      ownck::locationOf(TakenAs, Site.Entry, Manager));
    addNoSendNotes(*Report, *Reach);
    // At the entry's name: the whole definition would be underlined.
    Report->addNote("thread '" + Thread + "' starts here",
                    PathDiagnosticLocation(Site.Entry->getLocation(), Sources));
    Reporter.emitReport(std::move(Report));
  }
}

void Run::checkGlobals() {
  std::map<const VarDecl *, std::optional<NoSendReach>> Cache;
  for (const FunctionDecl *Function : Context.threadFunctions()) {
    if (isInSystemHeader(Sources, Function->getLocation()) ||
        readAnnotations(Function).UnsynchronizedReason)
      continue;
    const auto &Entries = Context.entriesReaching(Function);
    if (Entries.empty())
      continue;
    const FunctionDecl *Entry = Entries.front();

    GlobalUseFinder Finder;
    Finder.TraverseStmt(Function->getBody());
    std::set<const VarDecl *> Reported;
    for (const auto &[Var, Use] : Finder.Found) {
      auto Cached = Cache.find(Var);
      if (Cached == Cache.end())
        Cached = Cache.emplace(Var, findNoSend(Var->getType())).first;
      const auto &Reach = Cached->second;
      if (!Reach || readAnnotations(Var).UnsynchronizedReason ||
          isInSystemHeader(Sources, Var->getLocation()) ||
          !Reported.insert(Var).second)
        continue;

      std::string Thread = Entry->getNameAsString();
      std::string Message = "'" + Var->getNameAsString() +
                            "' cannot be shared with thread '" + Thread +
                            "'; " + reason(*Reach);
      auto Report = std::make_unique<BasicBugReport>(
          NotSend, Message, ownck::locationOf(Use, Function, Manager));
      Report->addRange(Use->getSourceRange());
      Report->setDeclWithIssue(Function);

      for (const CallStep &Step : Context.callChain(Entry, Function))
        if (const FunctionDecl *Callee = Step.Call->getDirectCallee())
          Report->addNote("thread '" + Thread + "' calls '" +
                              Callee->getNameAsString() + "' here",
                          ownck::locationOf(Step.Call, Step.Caller, Manager));
      for (const SpawnSite *Site : Context.spawnsOf(Entry))
        Report->addNote("thread '" + Thread + "' spawned here",
                        ownck::locationOf(Site->Call, Site->Spawner, Manager));
      Report->addNote("'" + Var->getNameAsString() + "' declared here",
                      ownck::locationOf(Var, Manager));
      addNoSendNotes(*Report, *Reach);
      Reporter.emitReport(std::move(Report));
    }
  }
}

void SendChecker::checkASTDecl(const TranslationUnitDecl *Unit,
                               AnalysisManager &Manager,
                               BugReporter &Reporter) const {
  Run Rules(NotSend, Unit, Manager, Reporter);
  Rules.checkSpawnArguments();
  Rules.checkGlobals();
}

} // namespace

void ownck::registerSendChecker(CheckerManager &Manager) {
  Manager.registerChecker<SendChecker>();
}
