/// Placeholder so the target builds until lessons land.
enum CNNLessonsPlaceholder {}
