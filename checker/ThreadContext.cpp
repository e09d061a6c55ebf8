//===- ThreadContext.cpp - Spawns, entries and thread context -------------===//
//
// One walk over the translation unit finds the function bodies, the calls
// between them and the thread spawns; a breadth-first search from each
// entry then marks thread context, remembering the first call that
// reached each function so that reports can show the way in.
//
//===----------------------------------------------------------------------===//

#include "ThreadContext.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclBase.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

#include <algorithm>
#include <deque>
#include <memory>
#include <set>

using namespace clang;

namespace ownck {
namespace {

// Collects the calls in one function body.
class CallCollector : public RecursiveASTVisitor<CallCollector> {
public:
  std::vector<const CallExpr *> Found;
  bool VisitCallExpr(CallExpr *Call) {
    Found.push_back(Call);
    return true;
  }
};

// The innermost loop of Parents' function whose body holds S.
const Stmt *enclosingLoop(const Stmt *S, const ParentMap &Parents) {
  const Stmt *Child = S;
  for (const Stmt *Parent = Parents.getParent(S); Parent;
       Child = Parent, Parent = Parents.getParent(Parent)) {
    if (const auto *For = dyn_cast<ForStmt>(Parent))
      if (Child == For->getBody())
        return Parent;
    if (const auto *While = dyn_cast<WhileStmt>(Parent))
      if (Child == While->getBody())
        return Parent;
    if (const auto *Do = dyn_cast<DoStmt>(Parent))
      if (Child == Do->getBody())
        return Parent;
  }
  return nullptr;
}

void collectFunctions(const DeclContext *Context,
                      std::vector<const FunctionDecl *> &Functions) {
  for (const Decl *D : Context->decls()) {
    if (const auto *Function = dyn_cast<FunctionDecl>(D)) {
      if (Function->doesThisDeclarationHaveABody())
        Functions.push_back(Function);
    } else if (const auto *Linkage = dyn_cast<LinkageSpecDecl>(D)) {
      collectFunctions(Linkage, Functions);
    }
  }
}

} // namespace

ThreadContext::ThreadContext(const TranslationUnitDecl *Unit) {
  collectFunctions(Unit, Functions);

  for (const FunctionDecl *Function : Functions) {
    CallCollector Collector;
    Collector.TraverseStmt(Function->getBody());
    auto &Edges = Calls[Function];
    std::unique_ptr<ParentMap> Parents;
    for (const CallExpr *Call : Collector.Found) {
      ThreadCallInfo Info = classifyCall(Call);
      if (Info.Kind == ThreadCall::Spawn) {
        SpawnSite Site;
        Site.Call = Call;
        Site.Spawner = Function;
        Site.Entry = Info.Entry && Info.Entry->getDefinition()
                         ? Info.Entry->getDefinition()
                         : nullptr;
        Site.Argument = Info.Argument;
        Site.Handle = Info.Handle;
        if (!Parents)
          Parents = std::make_unique<ParentMap>(Function->getBody());
        Site.Loop = enclosingLoop(Call, *Parents);
        Site.InLoop = Site.Loop != nullptr;
        Spawns.push_back(Site);
        continue;
      }
      if (const FunctionDecl *Callee = Call->getDirectCallee())
        if (const FunctionDecl *Definition = Callee->getDefinition())
          Edges.emplace_back(Call, Definition);
    }
  }

  // Rank the spawns in source order once, for notes listed in order.
  const SourceManager &Sources = Unit->getASTContext().getSourceManager();
  std::vector<SpawnSite *> Ranked;
  for (SpawnSite &Site : Spawns)
    Ranked.push_back(&Site);
  std::stable_sort(Ranked.begin(), Ranked.end(),
                   [&](const SpawnSite *Left, const SpawnSite *Right) {
                     return Sources.isBeforeInTranslationUnit(
                         Left->Call->getBeginLoc(), Right->Call->getBeginLoc());
                   });
  for (unsigned Rank = 0; Rank < Ranked.size(); ++Rank)
    Ranked[Rank]->Order = Rank;

  for (const SpawnSite &Site : Spawns)
    if (Site.Entry)
      SpawnsByEntry[Site.Entry].push_back(&Site);

  // Breadth-first from each entry: the first call found is the shortest.
  std::set<const FunctionDecl *> Seen;
  for (const SpawnSite &Site : Spawns) {
    const FunctionDecl *Entry = Site.Entry;
    if (!Entry || FirstCall.count(Entry))
      continue;
    auto &First = FirstCall[Entry];
    std::set<const FunctionDecl *> Visited{Entry};
    std::deque<const FunctionDecl *> Queue{Entry};
    while (!Queue.empty()) {
      const FunctionDecl *Function = Queue.front();
      Queue.pop_front();
      Reaching[Function].push_back(Entry);
      if (Seen.insert(Function).second)
        ThreadFunctions.push_back(Function);
      for (const auto &[Call, Callee] : Calls[Function])
        if (Visited.insert(Callee).second) {
          First[Callee] = CallStep{Call, Function};
          Queue.push_back(Callee);
        }
    }
  }
  for (auto &[Function, Entries] : Reaching)
    std::sort(Entries.begin(), Entries.end(),
              [](const FunctionDecl *A, const FunctionDecl *B) {
                return A->getName() < B->getName();
              });
}

const std::vector<const FunctionDecl *> &
ThreadContext::entriesReaching(const FunctionDecl *Function) const {
  static const std::vector<const FunctionDecl *> None;
  auto Found = Reaching.find(Function);
  return Found == Reaching.end() ? None : Found->second;
}

const std::vector<const SpawnSite *> &
ThreadContext::spawnsOf(const FunctionDecl *Entry) const {
  static const std::vector<const SpawnSite *> None;
  auto Found = SpawnsByEntry.find(Entry);
  return Found == SpawnsByEntry.end() ? None : Found->second;
}

std::vector<CallStep>
ThreadContext::callChain(const FunctionDecl *Entry,
                         const FunctionDecl *Function) const {
  std::vector<CallStep> Chain;
  auto Found = FirstCall.find(Entry);
  if (Found == FirstCall.end())
    return Chain;
  const auto &First = Found->second;
  std::set<const FunctionDecl *> Seen;
  while (Function != Entry && Seen.insert(Function).second) {
    auto Step = First.find(Function);
    if (Step == First.end())
      return {};
    Chain.push_back(Step->second);
    Function = Step->second.Caller;
  }
  std::reverse(Chain.begin(), Chain.end());
  return Chain;
}

const std::vector<std::pair<const CallExpr *, const FunctionDecl *>> &
ThreadContext::callsFrom(const FunctionDecl *Function) const {
  static const std::vector<std::pair<const CallExpr *, const FunctionDecl *>>
      None;
  auto Found = Calls.find(Function);
  return Found == Calls.end() ? None : Found->second;
}

const HeldLocks &ThreadContext::entryLocks(const FunctionDecl *Function) const {
  static const HeldLocks None;
  auto Found = EntryLocks.find(Function);
  return Found == EntryLocks.end() ? None : Found->second;
}

void ThreadContext::computeEntryLocks(LockSetAnalysis &Locks) {
  std::set<const FunctionDecl *> Entries;
  for (const SpawnSite &Site : Spawns)
    if (Site.Entry)
      Entries.insert(Site.Entry);

  // Entries start with nothing held; every other thread-context function
  // starts unknown (everything held) and shrinks to what all its callers
  // in thread context hold at their calls.
  std::map<const FunctionDecl *, std::optional<HeldLocks>> State;
  for (const FunctionDecl *Entry : Entries)
    State[Entry] = HeldLocks();

  std::deque<const FunctionDecl *> Queue(Entries.begin(), Entries.end());
  std::set<const FunctionDecl *> Queued(Entries.begin(), Entries.end());
  unsigned Budget = 32 * (ThreadFunctions.size() + 1);
  while (!Queue.empty() && Budget-- > 0) {
    const FunctionDecl *Function = Queue.front();
    Queue.pop_front();
    Queued.erase(Function);
    const HeldLocks Start = *State[Function];

    std::map<const CallExpr *, HeldLocks> AtCall;
    Locks.run(Function, Start, [&](const Stmt *S, const HeldLocks &Held) {
      if (const auto *Call = dyn_cast<CallExpr>(S))
        AtCall[Call] = Held;
    });

    for (const auto &[Call, Callee] : Calls[Function]) {
      auto Held = AtCall.find(Call);
      if (Held == AtCall.end())
        continue;
      HeldLocks Translated;
      for (const Place &Lock : Held->second.Must)
        if (auto Inner = LockSetAnalysis::intoCallee(Lock, Call, Callee)) {
          Translated.Must.insert(*Inner);
          if (Held->second.ReadOnly.count(Lock))
            Translated.ReadOnly.insert(*Inner);
        }
      for (const Place &Lock : Held->second.May)
        if (auto Inner = LockSetAnalysis::intoCallee(Lock, Call, Callee))
          Translated.May.insert(*Inner);

      auto &Slot = State[Callee];
      HeldLocks Merged = Translated;
      if (Slot) {
        if (Entries.count(Callee))
          continue;
        Merged.Must.clear();
        std::set_intersection(Slot->Must.begin(), Slot->Must.end(),
                              Translated.Must.begin(), Translated.Must.end(),
                              std::inserter(Merged.Must, Merged.Must.end()));
        Merged.May.insert(Slot->May.begin(), Slot->May.end());
        Merged.ReadOnly.insert(Slot->ReadOnly.begin(), Slot->ReadOnly.end());
        for (auto It = Merged.ReadOnly.begin(); It != Merged.ReadOnly.end();)
          It = Merged.Must.count(*It) ? std::next(It)
                                      : Merged.ReadOnly.erase(It);
        if (Merged == *Slot)
          continue;
      }
      Slot = Merged;
      if (Queued.insert(Callee).second)
        Queue.push_back(Callee);
    }
  }

  for (auto &[Function, Held] : State)
    if (Held)
      EntryLocks[Function] = *Held;
}

} // namespace ownck
