//===- AnnotationChecks.h - Malformed ownership annotations ----*- C++ -*-===//
//
// Validation of ownck's annotations, independent of any rule: a guard
// that resolves to no lock, an annotation on a declaration it cannot
// apply to, contradictory annotations, parameter numbers out of range or
// of the wrong kind. Each problem is handed to a reporter with the
// declaration, the annotation's location and the message.
//
//===----------------------------------------------------------------------===//

#ifndef OWNCK_ANNOTATIONCHECKS_H
#define OWNCK_ANNOTATIONCHECKS_H

#include "clang/AST/Decl.h"

#include <functional>
#include <string>

namespace ownck {

using MalformedReporter = std::function<void(
    const clang::Decl *, clang::SourceLocation, const std::string &)>;

/// Reports every malformed ownck annotation in the translation unit.
void checkAnnotations(const clang::TranslationUnitDecl *Unit,
                      const MalformedReporter &Report);

} // namespace ownck

#endif // OWNCK_ANNOTATIONCHECKS_H
