//===- SpawnWindows.cpp - Which threads may run at each point -------------===//
//
// The forward may-analysis of running threads described in SpawnWindows.h,
// one spawning function at a time, and the overlap questions answered
// from its result.
//
//===----------------------------------------------------------------------===//

#include "SpawnWindows.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"

using namespace clang;

namespace ownck {

Place joinedHandle(const CallExpr *Call) {
  ThreadCallInfo Info = classifyCall(Call);
  if (Info.Kind != ThreadCall::Join || !Info.Argument)
    return {};
  return placeOfLValue(stripAll(Info.Argument)->IgnoreParenImpCasts());
}

Place handleOf(const SpawnSite &Site) {
  return Site.Handle ? placeOfPointee(Site.Handle) : Place();
}

std::pair<const CallExpr *, const FunctionDecl *>
detachOf(const SpawnSite &Site) {
  struct Finder : RecursiveASTVisitor<Finder> {
    Place Handle;
    bool Self = false;
    const CallExpr *Found = nullptr;
    bool VisitCallExpr(CallExpr *Call) {
      ThreadCallInfo Info = classifyCall(Call);
      if (Found || Info.Kind != ThreadCall::Detach || Call->getNumArgs() == 0)
        return true;
      const Expr *Argument = stripAll(Call->getArg(0))->IgnoreParenImpCasts();
      const auto *Inner = dyn_cast<CallExpr>(Argument);
      const FunctionDecl *Callee = Inner ? Inner->getDirectCallee() : nullptr;
      bool Own = Callee && Callee->getIdentifier() &&
                 (Callee->getName() == "pthread_self" ||
                  Callee->getName() == "thrd_current");
      if (Self ? Own : placeOfLValue(Argument) == Handle)
        Found = Call;
      return true;
    }
  } Detaches;
  Detaches.Handle = handleOf(Site);
  if (Detaches.Handle.isValid() && Site.Spawner) {
    Detaches.TraverseStmt(Site.Spawner->getBody());
    if (Detaches.Found)
      return {Detaches.Found, Site.Spawner};
  }
  Detaches.Self = true;
  if (Site.Entry && Site.Entry->getBody())
    Detaches.TraverseStmt(Site.Entry->getBody());
  return {Detaches.Found, Site.Entry};
}

namespace {

// The handles joined anywhere inside S.
PlaceSet handlesJoinedIn(const Stmt *S) {
  struct Finder : RecursiveASTVisitor<Finder> {
    PlaceSet Joined;
    bool VisitCallExpr(CallExpr *Call) {
      Place Handle = joinedHandle(Call);
      if (Handle.isValid())
        Joined.insert(Handle);
      return true;
    }
  } Joins;
  Joins.TraverseStmt(const_cast<Stmt *>(S));
  return Joins.Joined;
}

// A handle that a helper joins, in its caller's terms at Call: one
// reached through a pointer parameter or a global, as for locks, or a
// handle the helper was given by value.
std::optional<Place> joinedInCaller(const Place &Inner, const CallExpr *Call) {
  const auto *Param = dyn_cast_or_null<ParmVarDecl>(Inner.Base);
  if (!Param || Inner.Deref)
    return LockSetAnalysis::intoCaller(Inner, Call);
  unsigned Index = Param->getFunctionScopeIndex();
  if (Index >= Call->getNumArgs())
    return std::nullopt;
  Place Outer =
      placeOfLValue(stripAll(Call->getArg(Index))->IgnoreParenImpCasts());
  if (!Outer.isValid())
    return std::nullopt;
  Outer.Fields.insert(Outer.Fields.end(), Inner.Fields.begin(),
                      Inner.Fields.end());
  return Outer;
}

void join(RunningThreads &Running, const PlaceSet &Joined) {
  for (auto It = Running.begin(); It != Running.end();)
    It = Joined.count(handleOf(**It)) ? Running.erase(It) : std::next(It);
}

} // namespace

// The spawns of one function, and how a statement changes which of them
// may be running.
struct SpawnWindows::Steps {
  std::vector<const SpawnSite *> Sites;
  /// Variables holding a spawn's result (`rc = pthread_create(...)`).
  std::map<const ValueDecl *, const SpawnSite *> ResultOf;
  /// Per function, the handles it joins, in its own terms.
  const std::map<const FunctionDecl *, PlaceSet> *Joiners = nullptr;

  /// Finds the variables that hold spawn results in Body.
  void findResults(const Stmt *Body) {
    struct Finder : RecursiveASTVisitor<Finder> {
      Steps &Owner;
      explicit Finder(Steps &Owner) : Owner(Owner) {}
      void note(const ValueDecl *Var, const Expr *Value) {
        const auto *Call = dyn_cast_or_null<CallExpr>(
            Value ? Value->IgnoreParenImpCasts() : nullptr);
        for (const SpawnSite *Site : Owner.Sites)
          if (Call && Site->Call == Call)
            Owner.ResultOf[Var] = Site;
      }
      bool VisitVarDecl(VarDecl *Var) {
        note(Var, Var->getInit());
        return true;
      }
      bool VisitBinaryOperator(BinaryOperator *Binary) {
        if (Binary->getOpcode() == BO_Assign)
          if (const auto *Ref =
                  dyn_cast<DeclRefExpr>(Binary->getLHS()->IgnoreParens()))
            note(Ref->getDecl(), Binary->getRHS());
        return true;
      }
    } Results(*this);
    Results.TraverseStmt(const_cast<Stmt *>(Body));
  }

  /// The spawn that failed on the edge to successor number Successor of
  /// Block, when the branch tests the spawn's result.
  const SpawnSite *failedOnEdge(const CFGBlock &Block, unsigned Successor,
                                ASTContext &Context) const {
    auto Tested = testedResult(Block, Successor, Context);
    if (!Tested || Tested->Zero)
      return nullptr;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Tested->Value)) {
      auto Found = ResultOf.find(Ref->getDecl());
      return Found == ResultOf.end() ? nullptr : Found->second;
    }
    for (const SpawnSite *Site : Sites)
      if (Site->Call == Tested->Value)
        return Site;
    return nullptr;
  }

  /// What the edge to successor number Successor of Block does: the exit
  /// of a loop that joins a handle array has joined every thread stored
  /// in it, and a spawn that failed started no thread. Respawned holds
  /// the spawns Block made while their earlier threads (from a previous
  /// round of a loop) may still run: their failure leaves those running.
  void acrossEdge(const CFGBlock &Block, unsigned Successor,
                  RunningThreads &Running, ASTContext &Context,
                  const RunningThreads &Respawned) const {
    const Stmt *Loop = Block.getTerminatorStmt();
    if (Successor == 1 && Loop && isa<ForStmt, WhileStmt, DoStmt>(Loop))
      join(Running, handlesJoinedIn(Loop));
    if (const SpawnSite *Failed = failedOnEdge(Block, Successor, Context))
      if (!Respawned.count(Failed))
        Running.erase(Failed);
  }

  /// Applies statement S. A spawn whose thread from an earlier round may
  /// still be running is added to Respawned, when given.
  void transfer(const Stmt *S, RunningThreads &Running,
                RunningThreads *Respawned = nullptr) const {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call)
      return;
    for (const SpawnSite *Site : Sites)
      if (Site->Call == Call && !Running.insert(Site).second && Respawned)
        Respawned->insert(Site);
    Place Handle = joinedHandle(Call);
    if (Handle.isValid())
      join(Running, PlaceSet{Handle});

    // A helper that joins the handles it is given.
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Joiners || !Callee || !(Callee = Callee->getDefinition()))
      return;
    auto Found = Joiners->find(Callee);
    if (Found == Joiners->end())
      return;
    PlaceSet Joined;
    for (const Place &Inner : Found->second)
      if (auto Outer = joinedInCaller(Inner, Call))
        Joined.insert(*Outer);
    join(Running, Joined);
  }
};

SpawnWindows::SpawnWindows(const ThreadContext &Context, LockSetAnalysis &Locks,
                           AnalysisDeclContextManager &Contexts)
    : Context(Context), Locks(Locks), Contexts(Contexts) {}

void SpawnWindows::findJoiners() {
  // A helper joining in a loop joins the whole array it is given; one
  // given a handle by value joins the caller's handle.
  for (const FunctionDecl *Function : Context.functions()) {
    PlaceSet Joined = handlesJoinedIn(Function->getBody());
    PlaceSet Expressible;
    for (const Place &Handle : Joined) {
      if (Handle.isGlobal() || isa<ParmVarDecl>(Handle.Base))
        Expressible.insert(Handle);
    }
    if (!Expressible.empty())
      Joiners[Function] = std::move(Expressible);
  }
}

void SpawnWindows::compute() {
  findJoiners();
  std::map<const FunctionDecl *, Steps> BySpawner;
  for (const SpawnSite &Site : Context.spawns())
    if (Site.Entry) {
      BySpawner[Site.Spawner].Sites.push_back(&Site);
      BySpawner[Site.Spawner].Joiners = &Joiners;
    }

  for (auto &[Spawner, Steps] : BySpawner) {
    CFG *Graph = Locks.cfgOf(Spawner);
    if (!Graph)
      continue;
    Steps.findResults(Spawner->getBody());

    auto &In = RunningAtBlock[Spawner];
    In.assign(Graph->getNumBlockIDs(), std::nullopt);
    In[Graph->getEntry().getBlockID()].emplace();
    ForwardDataflowWorklist Worklist(*Graph, *Contexts.getContext(Spawner));
    Worklist.enqueueBlock(&Graph->getEntry());
    unsigned Budget = 64 * Graph->getNumBlockIDs() + 64;
    while (const CFGBlock *Block = Worklist.dequeue()) {
      if (Budget-- == 0)
        break;
      RunningThreads Out = *In[Block->getBlockID()];
      RunningThreads Respawned;
      for (const CFGElement &Element : *Block)
        if (auto Statement = Element.getAs<CFGStmt>())
          Steps.transfer(Statement->getStmt(), Out, &Respawned);
      unsigned Index = 0;
      for (const CFGBlock::AdjacentBlock &Next : Block->succs()) {
        unsigned Successor = Index++;
        if (!Next.getReachableBlock())
          continue;
        RunningThreads Edge = Out;
        Steps.acrossEdge(*Block, Successor, Edge, Spawner->getASTContext(),
                         Respawned);
        auto &Slot = In[Next->getBlockID()];
        bool Fresh = !Slot;
        if (Fresh)
          Slot.emplace();
        size_t Before = Slot->size();
        Slot->insert(Edge.begin(), Edge.end());
        if (Fresh || Slot->size() != Before)
          Worklist.enqueueBlock(Next.getReachableBlock());
      }
    }

    // Replay once to see what runs at each spawn.
    forEachStatement(Spawner, [&](const Stmt *S, const RunningThreads &Now) {
      for (const SpawnSite *Site : Steps.Sites)
        if (Site->Call == S)
          RunningAtSpawn[Site].insert(Now.begin(), Now.end());
    });
    // Scoped when nothing may be left running where the function returns;
    // a call that never returns (exit, abort) returns to no caller.
    bool Scoped = true;
    for (const auto &[Block, Running] : runningIntoExit(Spawner))
      Scoped &= Block->hasNoReturnElement() || Running.empty();
    if (Scoped)
      ScopedSpawners.insert(Spawner);
  }
}

std::vector<const FunctionDecl *> SpawnWindows::spawners() const {
  std::vector<const FunctionDecl *> Out;
  for (const auto &Entry : RunningAtBlock)
    Out.push_back(Entry.first);
  return Out;
}

void SpawnWindows::forEachStatement(
    const FunctionDecl *Spawner,
    llvm::function_ref<void(const Stmt *, const RunningThreads &)> Visit)
    const {
  auto Found = RunningAtBlock.find(Spawner);
  CFG *Graph = Locks.cfgOf(Spawner);
  if (Found == RunningAtBlock.end() || !Graph)
    return;
  Steps Replay;
  Replay.Joiners = &Joiners;
  for (const SpawnSite &Site : Context.spawns())
    if (Site.Entry && Site.Spawner == Spawner)
      Replay.Sites.push_back(&Site);
  for (const CFGBlock *Block : *Graph) {
    const auto &In = Found->second[Block->getBlockID()];
    if (!In)
      continue;
    RunningThreads Running = *In;
    for (const CFGElement &Element : *Block)
      if (auto Statement = Element.getAs<CFGStmt>()) {
        Visit(Statement->getStmt(), Running);
        Replay.transfer(Statement->getStmt(), Running);
      }
  }
}

RunningThreads SpawnWindows::runningAtExit(const FunctionDecl *Spawner) const {
  auto Found = RunningAtBlock.find(Spawner);
  CFG *Graph = Locks.cfgOf(Spawner);
  if (Found == RunningAtBlock.end() || !Graph)
    return {};
  const auto &Exit = Found->second[Graph->getExit().getBlockID()];
  return Exit ? *Exit : RunningThreads();
}

std::vector<std::pair<const CFGBlock *, RunningThreads>>
SpawnWindows::runningIntoExit(const FunctionDecl *Spawner) const {
  std::vector<std::pair<const CFGBlock *, RunningThreads>> Out;
  auto Found = RunningAtBlock.find(Spawner);
  CFG *Graph = Locks.cfgOf(Spawner);
  if (Found == RunningAtBlock.end() || !Graph)
    return Out;
  Steps Replay;
  Replay.Joiners = &Joiners;
  for (const SpawnSite &Site : Context.spawns())
    if (Site.Entry && Site.Spawner == Spawner)
      Replay.Sites.push_back(&Site);
  Replay.findResults(Spawner->getBody());
  const CFGBlock *Exit = &Graph->getExit();
  for (const CFGBlock::AdjacentBlock &Previous : Exit->preds()) {
    const CFGBlock *Block = Previous.getReachableBlock();
    if (!Block)
      continue;
    const auto &In = Found->second[Block->getBlockID()];
    if (!In)
      continue;
    RunningThreads Running = *In;
    RunningThreads Respawned;
    for (const CFGElement &Element : *Block)
      if (auto Statement = Element.getAs<CFGStmt>())
        Replay.transfer(Statement->getStmt(), Running, &Respawned);
    // The edge into the exit: a join loop may end the function.
    unsigned Index = 0;
    for (const CFGBlock::AdjacentBlock &Next : Block->succs()) {
      unsigned Successor = Index++;
      if (Next.getReachableBlock() != Exit)
        continue;
      RunningThreads Edge = Running;
      Replay.acrossEdge(*Block, Successor, Edge, Spawner->getASTContext(),
                        Respawned);
      Out.emplace_back(Block, std::move(Edge));
      break;
    }
  }
  return Out;
}

const RunningThreads &
SpawnWindows::runningAtSpawn(const SpawnSite *Site) const {
  static const RunningThreads None;
  auto Found = RunningAtSpawn.find(Site);
  return Found == RunningAtSpawn.end() ? None : Found->second;
}

bool SpawnWindows::overlap(const SpawnSite *First,
                           const SpawnSite *Second) const {
  auto runningAt = [&](const SpawnSite *Site, const SpawnSite *Other) {
    return runningAtSpawn(Site).count(Other) > 0;
  };
  if (First->Spawner == Second->Spawner)
    return runningAt(First, Second) || runningAt(Second, First);
  // Spawners in different functions: they overlap unless both are called
  // from the main thread only and join everything they start.
  for (const SpawnSite *Site : {First, Second})
    if (!isScoped(Site->Spawner) ||
        !Context.entriesReaching(Site->Spawner).empty())
      return true;
  return false;
}

bool SpawnWindows::anyOverlap(
    const std::vector<const SpawnSite *> &Sites) const {
  // Spawns in different functions overlap when one of those functions is
  // not scoped: that settles it without looking at every pair.
  std::set<const FunctionDecl *> Spawners;
  bool Unscoped = false;
  for (const SpawnSite *Site : Sites) {
    Spawners.insert(Site->Spawner);
    Unscoped |= !isScoped(Site->Spawner) ||
                !Context.entriesReaching(Site->Spawner).empty();
  }
  if (Unscoped && Spawners.size() > 1)
    return true;
  for (size_t I = 0; I < Sites.size(); ++I)
    for (size_t J = I; J < Sites.size(); ++J)
      if (overlap(Sites[I], Sites[J]))
        return true;
  return false;
}

} // namespace ownck
