// Tests for this target arrive with its first code.
