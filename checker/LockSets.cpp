//===- LockSets.cpp - Flow-sensitive lock sets over the CFG ---------------===//
//
// A forward data-flow analysis over each function's CFG. The state is the
// pair of must and may lock sets; blocks meet by intersecting the must
// sets and joining the may sets. A try-lock counts as acquired only on the
// branch where its result says it succeeded. A lock call whose result says
// it failed still counts as held on that branch, since error handlers
// often go on, but the branch remembers the failure.
//
//===----------------------------------------------------------------------===//

#include "LockSets.h"

#include "clang/AST/ASTContext.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"

#include <algorithm>

using namespace clang;

namespace ownck {

CFG *LockSetAnalysis::cfgOf(const FunctionDecl *Function) {
  if (!Function || !Function->hasBody())
    return nullptr;
  AnalysisDeclContext *Context = Contexts.getContext(Function);
  return Context ? Context->getCFG() : nullptr;
}

Place LockSetAnalysis::lockPlace(const ThreadCallInfo &Info) {
  if (!Info.LockOperand)
    return {};
  Place Lock = Info.LockOperand->getType()->isPointerType()
                   ? placeOfPointee(Info.LockOperand)
                   : placeOfLValue(Info.LockOperand);

  // Clang's attributes may name a lock through the callee's parameters
  // (`acquire_capability(queue->lock)`): restate it in the caller's terms.
  const auto *Param = dyn_cast_or_null<ParmVarDecl>(Lock.Base);
  const FunctionDecl *Callee =
      Info.Call ? Info.Call->getDirectCallee() : nullptr;
  const auto *Owner =
      Param ? dyn_cast<FunctionDecl>(Param->getDeclContext()) : nullptr;
  if (Callee && Owner &&
      Owner->getCanonicalDecl() == Callee->getCanonicalDecl()) {
    auto InCaller = intoCaller(Lock, Info.Call);
    return InCaller ? *InCaller : Place();
  }
  return Lock;
}

std::optional<Place> LockSetAnalysis::intoCaller(const Place &Callee,
                                                 const CallExpr *Call) {
  if (Callee.isGlobal())
    return Callee;
  const auto *Param = dyn_cast_or_null<ParmVarDecl>(Callee.Base);
  if (!Param || !Callee.Deref)
    return std::nullopt;
  unsigned Index = Param->getFunctionScopeIndex();
  if (Index >= Call->getNumArgs())
    return std::nullopt;
  Place Result = placeOfPointee(Call->getArg(Index));
  if (!Result.isValid())
    return std::nullopt;
  Result.Fields.insert(Result.Fields.end(), Callee.Fields.begin(),
                       Callee.Fields.end());
  return Result;
}

std::optional<Place> LockSetAnalysis::intoCallee(const Place &Held,
                                                 const CallExpr *Call,
                                                 const FunctionDecl *Callee) {
  if (Held.isGlobal())
    return Held;
  unsigned Count = std::min(Call->getNumArgs(), Callee->getNumParams());
  for (unsigned Index = 0; Index < Count; ++Index) {
    Place Argument = placeOfPointee(Call->getArg(Index));
    if (!Argument.isValid() || Argument.Base != Held.Base ||
        Argument.Deref != Held.Deref ||
        Argument.Fields.size() > Held.Fields.size() ||
        !std::equal(Argument.Fields.begin(), Argument.Fields.end(),
                    Held.Fields.begin()))
      continue;
    Place Result;
    Result.Base = Callee->getParamDecl(Index);
    Result.Deref = true;
    Result.Fields.assign(Held.Fields.begin() + Argument.Fields.size(),
                         Held.Fields.end());
    return Result;
  }
  return std::nullopt;
}

void LockSetAnalysis::transfer(const Stmt *S, HeldLocks &State,
                               PlaceSet *ReleasedUnheld) {
  const auto *Call = dyn_cast<CallExpr>(S);
  if (!Call)
    return;
  ThreadCallInfo Info = classifyCall(Call);
  switch (Info.Kind) {
  case ThreadCall::Lock:
  case ThreadCall::ReadLock: {
    Place Lock = lockPlace(Info);
    if (!Lock.isValid())
      return;
    State.Must.insert(Lock);
    State.May.insert(Lock);
    State.Failed.erase(Lock);
    if (Info.Shared)
      State.ReadOnly.insert(Lock);
    else
      State.ReadOnly.erase(Lock);
    return;
  }
  case ThreadCall::Unlock: {
    Place Lock = lockPlace(Info);
    if (!Lock.isValid())
      return;
    if (ReleasedUnheld && !State.May.count(Lock))
      ReleasedUnheld->insert(Lock);
    State.Must.erase(Lock);
    State.May.erase(Lock);
    State.ReadOnly.erase(Lock);
    State.Failed.erase(Lock);
    return;
  }
  case ThreadCall::None:
    break;
  default:
    return;
  }

  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !(Callee = Callee->getDefinition()))
    return;
  auto Found = Summaries.find(Callee);
  if (Found == Summaries.end())
    return;
  for (const Place &Released : Found->second.Released)
    if (auto Lock = intoCaller(Released, Call)) {
      if (ReleasedUnheld && !State.May.count(*Lock))
        ReleasedUnheld->insert(*Lock);
      State.Must.erase(*Lock);
      State.May.erase(*Lock);
      State.ReadOnly.erase(*Lock);
    }
  for (const Place &Acquired : Found->second.Acquired)
    if (auto Lock = intoCaller(Acquired, Call)) {
      State.Must.insert(*Lock);
      State.May.insert(*Lock);
      if (Found->second.AcquiredShared.count(Acquired))
        State.ReadOnly.insert(*Lock);
      else
        State.ReadOnly.erase(*Lock);
    }
}

std::optional<TestedResult>
testedResult(const CFGBlock &Block, unsigned Successor, ASTContext &Context) {
  const Stmt *Condition = Block.getTerminatorCondition();
  const auto *Test = dyn_cast_or_null<Expr>(Condition);
  if (!Test || Block.succ_size() != 2)
    return std::nullopt;

  // Walk down to the tested value through negations and comparisons with
  // zero, tracking whether "true" means the value is zero.
  bool TrueMeansZero = false;
  Test = Test->IgnoreParenImpCasts();
  while (true) {
    if (const auto *Not = dyn_cast<UnaryOperator>(Test);
        Not && Not->getOpcode() == UO_LNot) {
      TrueMeansZero = !TrueMeansZero;
      Test = Not->getSubExpr()->IgnoreParenImpCasts();
      continue;
    }
    if (const auto *Compare = dyn_cast<BinaryOperator>(Test);
        Compare && Compare->isEqualityOp()) {
      const Expr *Left = Compare->getLHS()->IgnoreParenImpCasts();
      const Expr *Right = Compare->getRHS()->IgnoreParenImpCasts();
      Expr::EvalResult Value;
      if (Left->EvaluateAsInt(Value, Context))
        std::swap(Left, Right);
      if (!Right->EvaluateAsInt(Value, Context) || Value.Val.getInt() != 0)
        return std::nullopt;
      if (Compare->getOpcode() == BO_EQ)
        TrueMeansZero = !TrueMeansZero;
      Test = Left;
      continue;
    }
    break;
  }
  // `(err = f()) != 0` tests what f returned.
  if (const auto *Assign = dyn_cast<BinaryOperator>(Test);
      Assign && Assign->getOpcode() == BO_Assign)
    Test = Assign->getRHS()->IgnoreParenImpCasts();
  if (!isa<CallExpr, DeclRefExpr>(Test))
    return std::nullopt;
  return TestedResult{Test, (Successor == 0) == TrueMeansZero};
}

// The call whose result a variable tested by Block's branch condition
// holds, when Block itself stores it there (`err = f(); if (err) ...`).
static const CallExpr *testedCall(const CFGBlock &Block, const Expr *Value) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Value);
  if (!Ref)
    return dyn_cast_or_null<CallExpr>(Value);
  for (auto Element = Block.rbegin(); Element != Block.rend(); ++Element) {
    auto Statement = Element->getAs<CFGStmt>();
    if (!Statement)
      continue;
    const Expr *Stored = nullptr;
    if (const auto *Declaration = dyn_cast<DeclStmt>(Statement->getStmt())) {
      if (Declaration->isSingleDecl() &&
          Declaration->getSingleDecl() == Ref->getDecl())
        Stored = cast<VarDecl>(Declaration->getSingleDecl())->getInit();
      else
        continue;
    } else if (const auto *Assign =
                   dyn_cast<BinaryOperator>(Statement->getStmt())) {
      const auto *Target =
          dyn_cast<DeclRefExpr>(Assign->getLHS()->IgnoreParenImpCasts());
      if (Assign->getOpcode() != BO_Assign || !Target ||
          Target->getDecl() != Ref->getDecl())
        continue;
      Stored = Assign->getRHS();
    } else {
      continue;
    }
    return dyn_cast_or_null<CallExpr>(Stored ? Stored->IgnoreParenImpCasts()
                                             : nullptr);
  }
  return nullptr;
}

// The lock a try-lock in Block's branch condition takes on the edge to its
// successor number Successor, if the condition tests for success there.
static std::optional<std::pair<Place, bool>>
tryLockOnEdge(const CFGBlock &Block, unsigned Successor, ASTContext &Context) {
  auto Tested = testedResult(Block, Successor, Context);
  if (!Tested || !Tested->Zero)
    return std::nullopt;
  const CallExpr *Call = testedCall(Block, Tested->Value);
  if (!Call)
    return std::nullopt;
  ThreadCallInfo Info = classifyCall(Call);
  if (Info.Kind != ThreadCall::TryLock)
    return std::nullopt;
  Place Lock = LockSetAnalysis::lockPlace(Info);
  if (!Lock.isValid())
    return std::nullopt;
  return std::make_pair(Lock, Info.Shared);
}

// The lock a lock call in Block's branch condition failed to take on the
// edge to its successor number Successor, if the condition tests for
// failure there (`if (pthread_mutex_lock(&m) != 0) return -1;`).
static std::optional<Place> failedLockOnEdge(const CFGBlock &Block,
                                             unsigned Successor,
                                             ASTContext &Context) {
  auto Tested = testedResult(Block, Successor, Context);
  if (!Tested || Tested->Zero)
    return std::nullopt;
  const CallExpr *Call = testedCall(Block, Tested->Value);
  if (!Call)
    return std::nullopt;
  ThreadCallInfo Info = classifyCall(Call);
  if (Info.Kind != ThreadCall::Lock && Info.Kind != ThreadCall::ReadLock)
    return std::nullopt;
  Place Lock = LockSetAnalysis::lockPlace(Info);
  if (!Lock.isValid())
    return std::nullopt;
  return Lock;
}

// Merges Incoming into Slot; true when Slot changed.
static bool merge(std::optional<HeldLocks> &Slot, const HeldLocks &Incoming) {
  if (!Slot) {
    Slot = Incoming;
    return true;
  }
  HeldLocks Merged;
  std::set_intersection(Slot->Must.begin(), Slot->Must.end(),
                        Incoming.Must.begin(), Incoming.Must.end(),
                        std::inserter(Merged.Must, Merged.Must.end()));
  std::set_union(Slot->May.begin(), Slot->May.end(), Incoming.May.begin(),
                 Incoming.May.end(),
                 std::inserter(Merged.May, Merged.May.end()));
  std::set_union(Slot->Failed.begin(), Slot->Failed.end(),
                 Incoming.Failed.begin(), Incoming.Failed.end(),
                 std::inserter(Merged.Failed, Merged.Failed.end()));
  for (const Place &Lock : Merged.Must)
    if (Slot->ReadOnly.count(Lock) || Incoming.ReadOnly.count(Lock))
      Merged.ReadOnly.insert(Lock);
  if (Merged == *Slot)
    return false;
  Slot = std::move(Merged);
  return true;
}

const LockSummary *
LockSetAnalysis::summaryOf(const FunctionDecl *Function) const {
  auto Found = Summaries.find(Function);
  return Found == Summaries.end() ? nullptr : &Found->second;
}

HeldLocks LockSetAnalysis::run(
    const FunctionDecl *Function, const HeldLocks &Entry,
    llvm::function_ref<void(const Stmt *, const HeldLocks &)> Visit,
    llvm::function_ref<void(const ReturnStmt *, const HeldLocks &)> AtExit) {
  CFG *Graph = cfgOf(Function);
  if (!Graph)
    return Entry;
  AnalysisDeclContext *Context = Contexts.getContext(Function);
  ASTContext &AST = Function->getASTContext();

  std::vector<std::optional<HeldLocks>> In(Graph->getNumBlockIDs());
  In[Graph->getEntry().getBlockID()] = Entry;
  ForwardDataflowWorklist Worklist(*Graph, *Context);
  Worklist.enqueueBlock(&Graph->getEntry());

  auto flow = [&](const CFGBlock &Block, HeldLocks State, bool Report) {
    for (const CFGElement &Element : Block) {
      auto Statement = Element.getAs<CFGStmt>();
      if (!Statement)
        continue;
      if (Report)
        Visit(Statement->getStmt(), State);
      transfer(Statement->getStmt(), State, nullptr);
    }
    return State;
  };

  // The lattice is finite and the transfer monotone, so this ends; the
  // bound only guards against a mistake turning into a hang.
  unsigned Budget = 64 * Graph->getNumBlockIDs() + 64;
  while (const CFGBlock *Block = Worklist.dequeue()) {
    if (Budget-- == 0)
      break;
    HeldLocks Out = flow(*Block, *In[Block->getBlockID()], false);
    unsigned Index = 0;
    for (const CFGBlock::AdjacentBlock &Next : Block->succs()) {
      unsigned Successor = Index++;
      if (!Next.getReachableBlock())
        continue;
      HeldLocks Edge = Out;
      if (auto Taken = tryLockOnEdge(*Block, Successor, AST)) {
        Edge.Must.insert(Taken->first);
        Edge.May.insert(Taken->first);
        if (Taken->second)
          Edge.ReadOnly.insert(Taken->first);
      }
      if (auto Failed = failedLockOnEdge(*Block, Successor, AST))
        Edge.Failed.insert(*Failed);
      if (merge(In[Next->getBlockID()], Edge))
        Worklist.enqueueBlock(Next.getReachableBlock());
    }
  }

  for (const CFGBlock *Block : *Graph) {
    if (!In[Block->getBlockID()])
      continue;
    HeldLocks Out = flow(*Block, *In[Block->getBlockID()], true);
    if (!AtExit || Block == &Graph->getExit() || Block->hasNoReturnElement())
      continue;
    bool Leaves = false;
    for (const CFGBlock::AdjacentBlock &Next : Block->succs())
      Leaves |= Next.getReachableBlock() == &Graph->getExit();
    if (!Leaves)
      continue;
    const ReturnStmt *Return = nullptr;
    for (auto Element = Block->rbegin(); Element != Block->rend(); ++Element)
      if (auto Statement = Element->getAs<CFGStmt>()) {
        Return = dyn_cast<ReturnStmt>(Statement->getStmt());
        break;
      }
    AtExit(Return, Out);
  }

  const auto &Exit = In[Graph->getExit().getBlockID()];
  return Exit ? *Exit : Entry;
}

void LockSetAnalysis::summarise(
    const std::vector<const FunctionDecl *> &Functions) {
  // Each round can only add to what wrappers of wrappers acquire; a few
  // rounds cover any realistic nesting and keep recursion finite.
  for (unsigned Round = 0; Round < 4; ++Round) {
    bool Changed = false;
    for (const FunctionDecl *Function : Functions) {
      CFG *Graph = cfgOf(Function);
      if (!Graph)
        continue;
      PlaceSet ReleasedUnheld;
      HeldLocks Exit = run(Function, HeldLocks(),
                           [&](const Stmt *S, const HeldLocks &State) {
                             HeldLocks Copy = State;
                             transfer(S, Copy, &ReleasedUnheld);
                           });
      auto expressible = [&](const Place &Lock) {
        if (Lock.isGlobal())
          return true;
        const auto *Param = dyn_cast_or_null<ParmVarDecl>(Lock.Base);
        return Param && Lock.Deref && Param->getDeclContext() == Function;
      };
      LockSummary Summary;
      for (const Place &Lock : Exit.Must)
        if (expressible(Lock)) {
          Summary.Acquired.insert(Lock);
          if (Exit.ReadOnly.count(Lock))
            Summary.AcquiredShared.insert(Lock);
        }
      for (const Place &Lock : ReleasedUnheld)
        if (expressible(Lock))
          Summary.Released.insert(Lock);
      LockSummary &Slot = Summaries[Function];
      if (!(Slot == Summary)) {
        Slot = std::move(Summary);
        Changed = true;
      }
    }
    if (!Changed)
      break;
  }
}

} // namespace ownck
