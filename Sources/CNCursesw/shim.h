#ifndef CNN_TUTOR_CURSES_SHIM_H
#define CNN_TUTOR_CURSES_SHIM_H
/* SwiftPM drops pkg-config's -D flags: without these two, cchar_t and the wide API are missing. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <ncursesw/curses.h>

/* Macros and globals Swift cannot import (or rejects as shared mutable state) wrapped as functions. */
static inline WINDOW *cnn_stdscr(void) { return stdscr; }
static inline int cnn_lines(void) { return LINES; }
static inline int cnn_cols(void) { return COLS; }
static inline int cnn_colors(void) { return COLORS; }
static inline attr_t cnn_attr_bold(void) { return A_BOLD; }
static inline attr_t cnn_attr_reverse(void) { return A_REVERSE; }
static inline attr_t cnn_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cnn_attr_dim(void) { return A_DIM; }
static inline attr_t cnn_attr_normal(void) { return A_NORMAL; }
static inline int cnn_key_f(int n) { return KEY_F(n); }
static inline int cnn_key_resize(void) { return KEY_RESIZE; }
static inline int cnn_err(void) { return ERR; }
static inline int cnn_ok(void) { return OK; }

#endif
