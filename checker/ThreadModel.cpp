//===- ThreadModel.cpp - Places, thread API calls and annotations ---------===//
//
// Recognises the thread API at call sites and reads the ownership
// annotations, turning both into Places that the analyses compare. The
// POSIX and C11 thread APIs are known by name; user functions join them
// through OWNCK_SPAWNS, OWNCK_ACQUIRES and OWNCK_RELEASES, or through
// Clang's own thread-safety attributes.
//
//===----------------------------------------------------------------------===//

#include "ThreadModel.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace ownck {

bool Place::isGlobal() const {
  const auto *VD = dyn_cast_or_null<VarDecl>(Base);
  return VD && VD->hasGlobalStorage() && !isa<ParmVarDecl>(VD);
}

Place Place::withField(const FieldDecl *Field) const {
  Place Result = *this;
  Result.Fields.push_back(Field);
  return Result;
}

std::string Place::name() const {
  if (!Base)
    return "<unknown>";
  std::string Text = Base->getNameAsString();
  if (Deref && Fields.empty())
    return "*" + Text;
  bool First = true;
  for (const clang::FieldDecl *Field : Fields) {
    // Members of anonymous structs are spelled as the enclosing struct's.
    if (!Field->getIdentifier())
      continue;
    Text += (First && Deref) ? "->" : ".";
    Text += Field->getNameAsString();
    First = false;
  }
  return Text;
}

const Expr *stripAll(const Expr *E) {
  while (E) {
    E = E->IgnoreParens();
    if (const auto *Cast = dyn_cast<CastExpr>(E)) {
      // Reading a variable is not a cast of its place: keep it visible.
      if (Cast->getCastKind() == CK_LValueToRValue)
        return E;
      E = Cast->getSubExpr();
      continue;
    }
    return E;
  }
  return E;
}

Place placeOfLValue(const Expr *E) {
  E = stripAll(E);
  if (!E)
    return {};
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl())) {
      Place Result;
      Result.Base = VD;
      return Result;
    }
    return {};
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
    if (!Field)
      return {};
    Place Outer = Member->isArrow() ? placeOfPointee(Member->getBase())
                                    : placeOfLValue(Member->getBase());
    return Outer.isValid() ? Outer.withField(Field) : Place();
  }
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E))
    return placeOfPointee(Subscript->getBase());
  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    if (Unary->getOpcode() == UO_Deref)
      return placeOfPointee(Unary->getSubExpr());
  return {};
}

Place placeOfPointee(const Expr *E) {
  E = E ? E->IgnoreParens() : nullptr;
  while (const auto *Cast = dyn_cast_or_null<CastExpr>(E)) {
    switch (Cast->getCastKind()) {
    case CK_ArrayToPointerDecay:
      // An array decays to its first element, which is the array's place.
      return placeOfLValue(Cast->getSubExpr());
    case CK_LValueToRValue: {
      // Reading a pointer variable: the place is what it points to.
      Place Pointer = placeOfLValue(Cast->getSubExpr());
      if (!Pointer.isValid() || Pointer.Deref || !Pointer.Fields.empty())
        return {};
      Pointer.Deref = true;
      return Pointer;
    }
    default:
      E = Cast->getSubExpr()->IgnoreParens();
    }
  }
  if (!E)
    return {};
  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    if (Unary->getOpcode() == UO_AddrOf)
      return placeOfLValue(Unary->getSubExpr());
  if (const auto *Binary = dyn_cast<BinaryOperator>(E))
    if (Binary->isAdditiveOp()) {
      const Expr *Pointer = Binary->getLHS()->getType()->isPointerType()
                                ? Binary->getLHS()
                                : Binary->getRHS();
      return placeOfPointee(Pointer);
    }
  return {};
}

// The typedef names a type is spelled with, outermost first, looking
// through arrays so that `pthread_mutex_t locks[4]` counts as mutexes.
static bool isSpelledAs(QualType Type, bool (*Matches)(llvm::StringRef Name)) {
  while (const ArrayType *Array = Type->getAsArrayTypeUnsafe())
    Type = Array->getElementType();
  while (const auto *Typedef = Type->getAs<TypedefType>()) {
    if (Matches(Typedef->getDecl()->getName()))
      return true;
    Type = Typedef->desugar();
  }
  return false;
}

static bool isLockName(llvm::StringRef Name) {
  static constexpr llvm::StringLiteral Locks[] = {
      "pthread_mutex_t", "pthread_rwlock_t", "pthread_spinlock_t", "mtx_t"};
  return llvm::is_contained(Locks, Name);
}

static bool isSynchronisationName(llvm::StringRef Name) {
  if (isLockName(Name))
    return true;
  // Attribute objects, keys and handles are set up once and then only
  // passed to the API; barriers, once flags and condition variables are
  // shared by design.
  if (startsWith(Name, "pthread_") && endsWith(Name, "attr_t"))
    return true;
  static constexpr llvm::StringLiteral Others[] = {
      "pthread_cond_t", "pthread_once_t", "pthread_barrier_t", "pthread_key_t",
      "pthread_t",      "cnd_t",          "once_flag",         "tss_t",
      "thrd_t",         "sem_t",          "atomic_flag"};
  return llvm::is_contained(Others, Name);
}

static bool hasCapabilityAttr(QualType Type) {
  while (const ArrayType *Array = Type->getAsArrayTypeUnsafe())
    Type = Array->getElementType();
  if (const auto *Record = Type->getAsRecordDecl())
    return Record->hasAttr<CapabilityAttr>();
  if (const auto *Typedef = Type->getAs<TypedefType>())
    return Typedef->getDecl()->hasAttr<CapabilityAttr>();
  return false;
}

bool isLockType(QualType Type) {
  return isSpelledAs(Type, isLockName) || hasCapabilityAttr(Type);
}

bool isSynchronisationType(QualType Type) {
  if (Type->isAtomicType())
    return true;
  QualType Element = Type;
  while (const ArrayType *Array = Element->getAsArrayTypeUnsafe())
    Element = Array->getElementType();
  if (Element->isAtomicType())
    return true;
  return isSpelledAs(Type, isSynchronisationName) || hasCapabilityAttr(Type);
}

AtomicOperation classifyAtomic(const Stmt *S) {
  AtomicOperation Result;
  if (const auto *Atomic = dyn_cast_or_null<AtomicExpr>(S)) {
    switch (Atomic->getOp()) {
    case AtomicExpr::AO__c11_atomic_init:
    case AtomicExpr::AO__opencl_atomic_init:
      return Result;
    case AtomicExpr::AO__c11_atomic_load:
    case AtomicExpr::AO__atomic_load:
    case AtomicExpr::AO__atomic_load_n:
      break;
    default:
      Result.Writes = true;
    }
    Result.Pointer = Atomic->getPtr();
    return Result;
  }

  // The builtins that are calls rather than AtomicExprs (`__sync_*`,
  // `__atomic_test_and_set`, `__atomic_clear`) and the <stdatomic.h>
  // functions take the memory's address first; fences and lock-freedom
  // queries take none.
  const auto *Call = dyn_cast_or_null<CallExpr>(S);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || !Callee->getIdentifier() || Call->getNumArgs() == 0 ||
      !Call->getArg(0)->getType()->isPointerType())
    return Result;
  llvm::StringRef Name = Callee->getName();
  bool Builtin = Callee->getBuiltinID() != 0 &&
                 (startsWith(Name, "__sync_") || startsWith(Name, "__atomic_"));
  bool Library = startsWith(Name, "atomic_") &&
                 Callee->getASTContext().getSourceManager().isInSystemHeader(
                     Callee->getLocation()) &&
                 Name != "atomic_init" && Name != "atomic_is_lock_free";
  if (!Builtin && !Library)
    return Result;
  Result.Pointer = Call->getArg(0);
  Result.Writes = Name != "atomic_load" && Name != "atomic_load_explicit";
  return Result;
}

static const Expr *argument(const CallExpr *Call, unsigned Index) {
  return Index < Call->getNumArgs() ? Call->getArg(Index) : nullptr;
}

// A one-based parameter number written in an annotation, as an index.
static std::optional<unsigned> parameterIndex(llvm::StringRef Text) {
  unsigned Number = 0;
  if (Text.trim().getAsInteger(10, Number) || Number == 0)
    return std::nullopt;
  return Number - 1;
}

ThreadCallInfo classifyCall(const CallExpr *Call);

// The parameter of a user spawner that receives the thread handle: the
// one its body passes on as the handle of its own pthread_create or
// thrd_create. Without a body (a thread pool in a library) the threads
// are never joined one by one, which is how a pool behaves.
static std::optional<unsigned>
spawnerHandleParameter(const FunctionDecl *Spawner) {
  const FunctionDecl *Definition = Spawner->getDefinition();
  if (!Definition || !Definition->getBody())
    return std::nullopt;
  struct Finder : RecursiveASTVisitor<Finder> {
    std::optional<unsigned> Index;
    bool VisitCallExpr(CallExpr *Call) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (Index || !Callee || !Callee->getIdentifier() ||
          (Callee->getName() != "pthread_create" &&
           Callee->getName() != "thrd_create") ||
          Call->getNumArgs() == 0)
        return true;
      if (const auto *Ref =
              dyn_cast<DeclRefExpr>(Call->getArg(0)->IgnoreParenCasts()))
        if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl()))
          Index = Param->getFunctionScopeIndex();
      return true;
    }
  } Handles;
  Handles.TraverseStmt(Definition->getBody());
  return Handles.Index;
}

// Calls to user functions that carry ownck's or Clang's annotations.
static ThreadCallInfo classifyAnnotatedCall(const CallExpr *Call,
                                            const FunctionDecl *Callee) {
  ThreadCallInfo Info;
  for (const auto *Note : Callee->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Text = Note->getAnnotation();
    if (Text.consume_front("ownck_spawns:")) {
      auto [EntryText, ArgumentText] = Text.split(',');
      auto EntryIndex = parameterIndex(EntryText);
      auto ArgumentIndex = parameterIndex(ArgumentText);
      if (!EntryIndex || !ArgumentIndex)
        continue;
      Info.Kind = ThreadCall::Spawn;
      if (const Expr *EntryArg = argument(Call, *EntryIndex))
        if (const auto *Ref = dyn_cast<DeclRefExpr>(stripAll(EntryArg)))
          Info.Entry = dyn_cast<FunctionDecl>(Ref->getDecl());
      Info.Argument = argument(Call, *ArgumentIndex);
      if (auto HandleIndex = spawnerHandleParameter(Callee))
        Info.Handle = argument(Call, *HandleIndex);
      return Info;
    }
    bool Acquires = Text.consume_front("ownck_acquires:");
    bool Releases = !Acquires && Text.consume_front("ownck_releases:");
    if (Acquires || Releases) {
      // A parameter that points to no lock is a malformed annotation,
      // reported at the annotation and otherwise ignored.
      auto Index = parameterIndex(Text);
      const auto *Pointer =
          Index && *Index < Callee->getNumParams()
              ? Callee->getParamDecl(*Index)->getType()->getAs<PointerType>()
              : nullptr;
      if (Pointer && isLockType(Pointer->getPointeeType())) {
        Info.Kind = Acquires ? ThreadCall::Lock : ThreadCall::Unlock;
        Info.LockOperand = argument(Call, *Index);
        return Info;
      }
    }
  }

  // Clang's thread-safety attributes name the capability as an expression
  // over the parameters; a parameter reference selects the argument.
  auto operandOf = [&](auto *Attr) -> const Expr * {
    for (const Expr *Arg : Attr->args()) {
      if (const auto *Ref = dyn_cast<DeclRefExpr>(stripAll(Arg)))
        if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl()))
          return argument(Call, Param->getFunctionScopeIndex());
      return Arg;
    }
    return nullptr;
  };
  if (const auto *Acquire = Callee->getAttr<AcquireCapabilityAttr>()) {
    Info.Kind = Acquire->isShared() ? ThreadCall::ReadLock : ThreadCall::Lock;
    Info.Shared = Acquire->isShared();
    Info.LockOperand = operandOf(Acquire);
  } else if (const auto *Release = Callee->getAttr<ReleaseCapabilityAttr>()) {
    Info.Kind = ThreadCall::Unlock;
    Info.LockOperand = operandOf(Release);
  }
  return Info;
}

ThreadCallInfo classifyCall(const CallExpr *Call) {
  ThreadCallInfo Info;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier())
    return Info;
  llvm::StringRef Name = Callee->getName();

  auto spawn = [&](unsigned HandleIndex, unsigned EntryIndex,
                   unsigned ArgumentIndex) {
    Info.Kind = ThreadCall::Spawn;
    Info.Handle = argument(Call, HandleIndex);
    Info.Argument = argument(Call, ArgumentIndex);
    if (const Expr *EntryArg = argument(Call, EntryIndex))
      if (const auto *Ref = dyn_cast<DeclRefExpr>(stripAll(EntryArg)))
        Info.Entry = dyn_cast<FunctionDecl>(Ref->getDecl());
    if (Info.Entry && Info.Entry->getDefinition())
      Info.Entry = Info.Entry->getDefinition();
  };
  auto lock = [&](ThreadCall Kind, unsigned Index, bool Shared = false) {
    Info.Kind = Kind;
    Info.LockOperand = argument(Call, Index);
    Info.Shared = Shared;
  };

  if (Name == "pthread_create")
    spawn(0, 2, 3);
  else if (Name == "thrd_create")
    spawn(0, 1, 2);
  else if (Name == "pthread_join" || Name == "thrd_join") {
    Info.Kind = ThreadCall::Join;
    Info.Argument = argument(Call, 0);
  } else if (Name == "pthread_mutex_lock" || Name == "pthread_spin_lock" ||
             Name == "pthread_rwlock_wrlock" || Name == "mtx_lock" ||
             Name == "pthread_mutex_timedlock" ||
             Name == "pthread_mutex_clocklock" ||
             Name == "pthread_rwlock_timedwrlock" ||
             Name == "pthread_rwlock_clockwrlock" || Name == "mtx_timedlock")
    lock(ThreadCall::Lock, 0);
  else if (Name == "pthread_rwlock_rdlock" ||
           Name == "pthread_rwlock_timedrdlock" ||
           Name == "pthread_rwlock_clockrdlock")
    lock(ThreadCall::ReadLock, 0, /*Shared=*/true);
  else if (Name == "pthread_mutex_trylock" || Name == "pthread_spin_trylock" ||
           Name == "pthread_rwlock_trywrlock" || Name == "mtx_trylock")
    lock(ThreadCall::TryLock, 0);
  else if (Name == "pthread_rwlock_tryrdlock")
    lock(ThreadCall::TryLock, 0, /*Shared=*/true);
  else if (Name == "pthread_mutex_unlock" || Name == "pthread_spin_unlock" ||
           Name == "pthread_rwlock_unlock" || Name == "mtx_unlock")
    lock(ThreadCall::Unlock, 0);
  else if (Name == "pthread_cond_wait" || Name == "pthread_cond_timedwait" ||
           Name == "pthread_cond_clockwait" || Name == "cnd_wait" ||
           Name == "cnd_timedwait")
    lock(ThreadCall::CondWait, 1);
  else if (Name == "pthread_once" || Name == "call_once")
    Info.Kind = ThreadCall::Once;
  else if (Name == "pthread_detach" || Name == "thrd_detach") {
    Info.Kind = ThreadCall::Detach;
    Info.Argument = argument(Call, 0);
  } else if (Name == "pthread_barrier_wait")
    lock(ThreadCall::Barrier, 0);
  else if (Name == "pthread_cond_signal" || Name == "pthread_cond_broadcast" ||
           Name == "cnd_signal" || Name == "cnd_broadcast")
    lock(ThreadCall::Signal, 0);
  else if (Name == "sleep" || Name == "usleep" || Name == "nanosleep" ||
           Name == "clock_nanosleep" || Name == "thrd_sleep" ||
           Name == "thrd_yield" || Name == "sched_yield")
    Info.Kind = ThreadCall::Sleep;
  else if (Name == "pthread_exit" || Name == "thrd_exit")
    Info.Kind = ThreadCall::Exit;
  else if (Name == "pthread_mutex_init" || Name == "pthread_rwlock_init" ||
           Name == "pthread_spin_init" || Name == "pthread_cond_init" ||
           Name == "pthread_barrier_init" || Name == "mtx_init" ||
           Name == "cnd_init")
    lock(ThreadCall::Init, 0);
  else if (Name == "pthread_mutex_destroy" ||
           Name == "pthread_rwlock_destroy" || Name == "pthread_spin_destroy" ||
           Name == "pthread_cond_destroy" ||
           Name == "pthread_barrier_destroy" || Name == "mtx_destroy" ||
           Name == "cnd_destroy")
    lock(ThreadCall::Destroy, 0);
  else
    Info = classifyAnnotatedCall(Call, Callee);
  Info.Call = Call;
  return Info;
}

Annotations readAnnotations(const Decl *D) {
  Annotations Notes;
  if (!D)
    return Notes;
  for (const auto *Note : D->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Text = Note->getAnnotation();
    if (!startsWith(Text, "ownck_"))
      continue;
    Notes.Location = Note->getLocation();
    if (Text == "ownck_owned")
      Notes.Owned = true;
    else if (Text == "ownck_shared")
      Notes.Shared = true;
    else if (Text == "ownck_nosend")
      Notes.NoSend = true;
    else if (Text.consume_front("ownck_shared_mut:"))
      Notes.GuardName = Text.trim().str();
    else if (Text.consume_front("ownck_unsynchronized:"))
      Notes.UnsynchronizedReason = Text.trim().str();
  }
  if (const auto *Guarded = D->getAttr<GuardedByAttr>()) {
    Notes.GuardExpr = Guarded->getArg();
    Notes.Location = Guarded->getLocation();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(stripAll(Notes.GuardExpr)))
      Notes.GuardName = Ref->getDecl()->getNameAsString();
    else if (const auto *Member =
                 dyn_cast<MemberExpr>(stripAll(Notes.GuardExpr)))
      Notes.GuardName = Member->getMemberDecl()->getNameAsString();
  }
  return Notes;
}

Place ownedObjectOf(const Place &P, const ValueDecl **Owned) {
  const ValueDecl *Ignored = nullptr;
  const ValueDecl *&Found = Owned ? *Owned : Ignored;
  Found = nullptr;
  if (!P.isValid())
    return {};
  Place Object;
  Object.Base = P.Base;
  if (readAnnotations(P.Base).Owned) {
    Found = P.Base;
    return Object;
  }
  Object.Deref = P.Deref;
  for (const FieldDecl *Field : P.Fields) {
    Object.Fields.push_back(Field);
    if (readAnnotations(Field).Owned) {
      Found = Field;
      return Object;
    }
  }
  return {};
}

// The variable called Name visible from D: a variable of the function D
// belongs to, then a global.
static const VarDecl *findVariable(const ValueDecl *D, llvm::StringRef Name) {
  if (const auto *Function = dyn_cast<FunctionDecl>(D->getDeclContext()))
    for (const Decl *Member : Function->decls())
      if (const auto *VD = dyn_cast<VarDecl>(Member))
        if (VD->getName() == Name)
          return VD;
  const TranslationUnitDecl *Unit = D->getTranslationUnitDecl();
  for (const Decl *Member : Unit->decls())
    if (const auto *VD = dyn_cast<VarDecl>(Member))
      if (VD->getIdentifier() && VD->getName() == Name)
        return VD->getDefinition() ? VD->getDefinition() : VD;
  return nullptr;
}

ResolvedGuard resolveGuard(const ValueDecl *D, const Annotations &Notes) {
  ResolvedGuard Result;
  if (!Notes.GuardName)
    return Result;
  llvm::StringRef Name = *Notes.GuardName;
  if (Name.empty()) {
    Result.Problem = "names no guard";
    return Result;
  }
  if (!isValidAsciiIdentifier(Name)) {
    Result.Problem = "'" + Name.str() +
                     "' is not a name; name a lock variable, or a lock "
                     "field of the same struct";
    return Result;
  }

  const ValueDecl *Found = nullptr;
  // Members of an anonymous struct or union belong to the enclosing one
  // too, so the search goes on outwards through them.
  if (const auto *Field = dyn_cast<FieldDecl>(D))
    for (const RecordDecl *Record = Field->getParent(); Record && !Found;
         Record = Record->isAnonymousStructOrUnion()
                      ? dyn_cast<RecordDecl>(Record->getParent())
                      : nullptr)
      for (const FieldDecl *Sibling : Record->fields())
        if (Sibling->getIdentifier() && Sibling->getName() == Name)
          Found = Sibling;
  if (!Found)
    Found = findVariable(D, Name);
  if (!Found) {
    Result.Problem = "'" + Name.str() + "' names no variable or field in scope";
    return Result;
  }
  if (!isLockType(Found->getType())) {
    Result.Problem =
        "'" + Name.str() + "' is not a mutex, rwlock, spinlock or 'mtx_t'";
    return Result;
  }
  Result.Decl = Found;
  return Result;
}

Place guardPlaceFor(const Place &Object, const ResolvedGuard &Guard) {
  if (!Guard.Decl || !Object.isValid())
    return {};
  if (const auto *Field = dyn_cast<FieldDecl>(Guard.Decl)) {
    // Drop the fields selected inside the guard's struct (anonymous
    // members included), then select the guard instead.
    Place Result = Object;
    while (!Result.Fields.empty() &&
           Result.Fields.back()->getParent() != Field->getParent())
      Result.Fields.pop_back();
    if (Result.Fields.empty())
      return {};
    Result.Fields.back() = Field;
    return Result;
  }
  Place Result;
  Result.Base = Guard.Decl;
  return Result;
}

} // namespace ownck
