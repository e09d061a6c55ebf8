# Empty dependencies file for OwnershipChecker.
# This may be replaced when dependencies are built.
