//===- AnnotationChecks.cpp - Malformed ownership annotations -------------===//
//
// Walks every declaration that carries an annotation in ownck's namespace
// and checks it against what its macro means.
//
//===----------------------------------------------------------------------===//

#include "AnnotationChecks.h"
#include "ThreadModel.h"

#include "clang/AST/Attr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/SmallVector.h"

#include <vector>

using namespace clang;

namespace ownck {
namespace {

// Visits every declaration that carries one of ownck's annotations.
class AnnotatedDeclFinder : public RecursiveASTVisitor<AnnotatedDeclFinder> {
public:
  std::vector<const Decl *> Found;
  bool shouldVisitImplicitCode() const { return false; }
  bool VisitDecl(Decl *D) {
    for (const auto *Note : D->specific_attrs<AnnotateAttr>())
      if (startsWith(Note->getAnnotation(), "ownck_")) {
        Found.push_back(D);
        break;
      }
    return true;
  }
};

// The parameters an annotation names must be of the kind it needs: a
// spawner's entry is a function pointer and its argument a pointer, two
// distinct parameters; a lock wrapper's parameter points to the lock.
void checkParameterKinds(const Decl *D, SourceLocation Where,
                         const std::string &Name, const std::string &Macro,
                         const std::vector<const ParmVarDecl *> &Params,
                         const MalformedReporter &Report) {
  auto describe = [](const ParmVarDecl *Param) {
    return "parameter " + std::to_string(Param->getFunctionScopeIndex() + 1);
  };
  if (Macro == "SPAWNS" && Params.size() == 2) {
    if (Params[0] == Params[1]) {
      Report(D, Where,
             "'" + Name + "' names " + describe(Params[0]) +
                 " as both entry and argument in OWNCK_SPAWNS");
      return;
    }
    if (!Params[0]->getType()->isFunctionPointerType())
      Report(D, Where,
             "'" + Name + "' has no thread entry in " + describe(Params[0]) +
                 "; OWNCK_SPAWNS needs a function pointer there");
    if (!Params[1]->getType()->isPointerType())
      Report(D, Where,
             "'" + Name + "' has no thread argument in " + describe(Params[1]) +
                 "; OWNCK_SPAWNS needs a pointer there");
    return;
  }
  const auto *Pointer =
      Params.size() == 1 ? Params[0]->getType()->getAs<PointerType>() : nullptr;
  if ((Macro == "ACQUIRES" || Macro == "RELEASES") && Params.size() == 1 &&
      (!Pointer || !isLockType(Pointer->getPointeeType())))
    Report(D, Where,
           "'" + Name + "' takes no lock pointer in " + describe(Params[0]) +
               " for OWNCK_" + Macro);
}

} // namespace

void checkAnnotations(const TranslationUnitDecl *Unit,
                      const MalformedReporter &Report) {
  AnnotatedDeclFinder Finder;
  Finder.TraverseDecl(const_cast<TranslationUnitDecl *>(Unit));

  for (const Decl *D : Finder.Found) {
    const auto *Named = dyn_cast<NamedDecl>(D);
    std::string Name = Named && Named->getIdentifier()
                           ? Named->getNameAsString()
                           : "an unnamed member";

    // Annotations that contradict each other on one declaration.
    Annotations Notes = readAnnotations(D);
    const char *Contradiction = nullptr;
    if (Notes.Shared && Notes.GuardName)
      Contradiction = "both SHARED and SHARED_MUT";
    else if (Notes.UnsynchronizedReason && (Notes.Shared || Notes.GuardName))
      Contradiction = "both OWNCK_UNSYNCHRONIZED and shared with a rule";
    else if (Notes.Owned && (Notes.Shared || Notes.GuardName))
      Contradiction =
          Notes.Shared ? "both OWNED and SHARED" : "both OWNED and SHARED_MUT";
    if (Contradiction)
      Report(D, Notes.Location,
             "'" + Name + "' is " + Contradiction +
                 "; keep the one that states the intent");

    // One object has one guard.
    llvm::SmallVector<llvm::StringRef, 2> Guards;
    for (const auto *Note : D->specific_attrs<AnnotateAttr>())
      if (startsWith(Note->getAnnotation(), "ownck_shared_mut:") &&
          !llvm::is_contained(Guards, Note->getAnnotation().drop_front(17)))
        Guards.push_back(Note->getAnnotation().drop_front(17));
    if (Guards.size() > 1)
      Report(D, Notes.Location,
             "'" + Name + "' is SHARED_MUT(" + Guards[0].str() +
                 ") and SHARED_MUT(" + Guards[1].str() +
                 "); one guard must cover every access");

    for (const auto *Note : D->specific_attrs<AnnotateAttr>()) {
      llvm::StringRef Text = Note->getAnnotation();
      SourceLocation Where = Note->getLocation();
      bool IsFunction = isa<FunctionDecl>(D);
      bool IsParam = isa<ParmVarDecl>(D);
      bool IsObject = (isa<VarDecl>(D) && !IsParam) || isa<FieldDecl>(D);
      bool IsType = isa<RecordDecl>(D) || isa<TypedefNameDecl>(D);

      if (startsWith(Text, "ownck_shared_mut:") || Text == "ownck_shared") {
        const char *Macro = Text == "ownck_shared" ? "SHARED" : "SHARED_MUT";
        if (IsParam) {
          Report(D, Where,
                 "'" + Name + "' cannot be " + Macro +
                     "; a parameter holds no shared data: annotate the "
                     "variable or field it points to");
          continue;
        }
        if (!IsObject) {
          Report(D, Where,
                 "'" + Name + "' cannot be " + Macro +
                     "; it applies to variables and fields only");
          continue;
        }
        if (Text == "ownck_shared")
          continue;
        Annotations Notes = readAnnotations(D);
        ResolvedGuard Guard = resolveGuard(cast<ValueDecl>(D), Notes);
        if (!Guard.Decl)
          Report(D, Where,
                 "'" + Name + "' is SHARED_MUT(" + Text.drop_front(17).str() +
                     ") but " + Guard.Problem);
      } else if (Text == "ownck_owned") {
        if (!IsObject && !IsParam)
          Report(D, Where,
                 "'" + Name +
                     "' cannot be OWNED; it applies to "
                     "variables, parameters and fields "
                     "only");
      } else if (Text == "ownck_nosend") {
        if (!IsType)
          Report(D, Where,
                 "'" + Name +
                     "' cannot be NOSEND; it applies to "
                     "struct, union and typedef "
                     "declarations only");
      } else if (startsWith(Text, "ownck_unsynchronized:")) {
        if (Text.drop_front(21).trim().empty())
          Report(D, Where,
                 "'" + Name +
                     "' is OWNCK_UNSYNCHRONIZED without a "
                     "reason; say why it needs no lock");
      } else if (startsWith(Text, "ownck_spawns:") ||
                 startsWith(Text, "ownck_acquires:") ||
                 startsWith(Text, "ownck_releases:")) {
        std::string Macro = Text.split(':').first.drop_front(6).upper();
        llvm::StringRef Args = Text.split(':').second;
        const auto *Function = dyn_cast<FunctionDecl>(D);
        if (!IsFunction) {
          Report(D, Where,
                 "'" + Name + "' cannot be OWNCK_" + Macro +
                     "; it applies to functions only");
          continue;
        }
        llvm::SmallVector<llvm::StringRef, 2> Numbers;
        Args.split(Numbers, ',');
        if ((Macro == "SPAWNS") != (Numbers.size() == 2)) {
          Report(D, Where,
                 "'" + Name + "' needs " +
                     (Macro == "SPAWNS" ? "two parameter numbers"
                                        : "one parameter number") +
                     " for OWNCK_" + Macro);
          continue;
        }
        std::vector<const ParmVarDecl *> Params;
        for (llvm::StringRef Number : Numbers) {
          unsigned Value = 0;
          if (Number.trim().getAsInteger(10, Value) || Value == 0 ||
              Value > Function->getNumParams()) {
            Report(D, Where,
                   "'" + Name + "' has no parameter number '" +
                       Number.trim().str() + "' for OWNCK_" + Macro +
                       "; parameters count from 1");
            Params.clear();
            break;
          }
          Params.push_back(Function->getParamDecl(Value - 1));
        }
        checkParameterKinds(D, Where, Name, Macro, Params, Report);
      } else {
        Report(D, Where,
               "'" + Text.str() + "' on '" + Name +
                   "' is not an ownership annotation");
      }
    }
  }
}

} // namespace ownck
