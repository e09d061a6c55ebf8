//===- Reporting.h - Small helpers every checker's reports use -*- C++ -*-===//
//
// Where reports and notes point, and which code is not the user's to be
// reported on. Shared by all the ownership checkers so that their reports
// read alike.
//
//===----------------------------------------------------------------------===//

#ifndef OWNCK_REPORTING_H
#define OWNCK_REPORTING_H

#include "clang/AST/Decl.h"
#include "clang/Analysis/PathDiagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"

namespace ownck {

/// The start of S, inside Function, as a report or note location.
inline clang::ento::PathDiagnosticLocation
locationOf(const clang::Stmt *S, const clang::FunctionDecl *Function,
           clang::ento::AnalysisManager &Manager) {
  return clang::ento::PathDiagnosticLocation::createBegin(
      S, Manager.getSourceManager(), Manager.getAnalysisDeclContext(Function));
}

/// A declaration as a report or note location.
inline clang::ento::PathDiagnosticLocation
locationOf(const clang::Decl *D, clang::ento::AnalysisManager &Manager) {
  return clang::ento::PathDiagnosticLocation::create(
      D, Manager.getSourceManager());
}

/// True for code the user cannot change: system headers, and locations
/// that do not exist in any file.
inline bool isInSystemHeader(const clang::SourceManager &Sources,
                             clang::SourceLocation Where) {
  return Where.isInvalid() || Sources.isInSystemHeader(Where);
}

} // namespace ownck

#endif // OWNCK_REPORTING_H
