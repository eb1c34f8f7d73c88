#ifndef CNN_TUTOR_CURSES_SHIM_H
#define CNN_TUTOR_CURSES_SHIM_H
/* SwiftPM drops pkg-config's -D flags: without these two, cchar_t and the wide API are missing. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ncursesw/curses.h>

/* Macros and globals Swift cannot import (or rejects as shared mutable state) wrapped as functions. */
static inline WINDOW *cnn_stdscr(void) { return stdscr; }
static inline int cnn_colors(void) { return COLORS; }
static inline attr_t cnn_attr_bold(void) { return A_BOLD; }
static inline attr_t cnn_attr_reverse(void) { return A_REVERSE; }
static inline attr_t cnn_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cnn_attr_dim(void) { return A_DIM; }
static inline attr_t cnn_attr_normal(void) { return A_NORMAL; }
static inline int cnn_key_f(int n) { return KEY_F(n); }
static inline int cnn_key_resize(void) { return KEY_RESIZE; }
static inline int cnn_ok(void) { return OK; }
static inline int cnn_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cnn_color_pairs(void) { return COLOR_PAIRS; }

/* Mouse reporting, asked for by the drawing pad only (elsewhere the terminal's own text selection must work). */
enum cnn_mouse_action { CNN_MOUSE_NONE, CNN_MOUSE_PRESS, CNN_MOUSE_DRAG, CNN_MOUSE_RELEASE, CNN_MOUSE_PRESS_OTHER };

static inline int cnn_key_mouse(void) { return KEY_MOUSE; }

/* xterm's button-event tracking (DEC private mode 1002): moves are reported while a button is held. curses turns on
   only what the terminfo entry's XM names, which for xterm-256color is clicks without drags, so the pad asks for
   drags itself, as vim does; the flag lets every exit path turn the mode off again. */
__attribute__((weak)) int cnn_button_motion_on = 0;

static inline void cnn_set_button_motion(int on) {
    if (on == cnn_button_motion_on) { return; }
    cnn_button_motion_on = on;
    putp(on ? "\033[?1002h" : "\033[?1002l");
    fflush(stdout);
}

/* Reports the main button's presses, releases and drags and the other button's presses (on), or nothing (off);
   no click-detection delay. Returns 1 when the terminal reports any of them. */
static inline int cnn_report_mouse(int on) {
    mmask_t wanted = on ? (BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON3_PRESSED | REPORT_MOUSE_POSITION) : 0;
    if (!on) { cnn_set_button_motion(0); }
    mmask_t granted = mousemask(wanted, NULL);
    mouseinterval(0);
    const char *mouse_key = tigetstr("kmous");
    if (on && granted != 0 && mouse_key != NULL && mouse_key != (const char *)-1) { cnn_set_button_motion(1); }
    return granted != 0;
}

/* Reads the mouse event KEY_MOUSE announced: its action (CNN_MOUSE_NONE for one the tutor does not use) and cell. */
static inline enum cnn_mouse_action cnn_read_mouse(int *column, int *row) {
    MEVENT event;
    if (getmouse(&event) != OK) { return CNN_MOUSE_NONE; }
    *column = event.x;
    *row = event.y;
    if (event.bstate & BUTTON1_PRESSED) { return CNN_MOUSE_PRESS; }
    if (event.bstate & BUTTON1_RELEASED) { return CNN_MOUSE_RELEASE; }
    if (event.bstate & BUTTON3_PRESSED) { return CNN_MOUSE_PRESS_OTHER; }
    if (event.bstate & REPORT_MOUSE_POSITION) { return CNN_MOUSE_DRAG; }
    return CNN_MOUSE_NONE;
}

/* A colour pair of any number below COLOR_PAIRS (init_pair stops at 32767); -1 is the default colour. */
static inline int cnn_init_extended_pair(int pair, int foreground, int background) {
    return init_extended_pair(pair, foreground, background);
}

/* setcchar with a pair number above 32767 passed the extended way (through `opts`). */
static inline int cnn_setcchar(cchar_t *cell, const wchar_t *characters, attr_t attributes, int pair) {
    return setcchar(cell, characters, attributes, (short)(pair < 32768 ? pair : 0), &pair);
}

/* newterm on the process's own stdout/stdin (Swift 6 rejects the stdout/stdin globals). NULL if TERM is unknown. */
static inline SCREEN *cnn_newterm(void) { return newterm(NULL, stdout, stdin); }

/* Whether the terminal set up by newterm can address the cursor (has `cup`); dumb terminals cannot. */
static inline int cnn_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1;
}

/* wcwidth is POSIX/XSI; glibc's module hides it because it is built without _XOPEN_SOURCE. */
extern int wcwidth(wchar_t character);

/* Columns a wide character takes in the current locale (-1 if unprintable there). */
static inline int cnn_wcwidth(wchar_t character) { return wcwidth(character); }

/* The character set of the current locale, e.g. "UTF-8" or "ANSI_X3.4-1968"; call after setlocale. */
static inline const char *cnn_locale_codeset(void) { return nl_langinfo(CODESET); }

/* Termination signals (SIGINT, SIGTERM, SIGHUP) are recorded in one process-wide flag by a C handler,
   because a Swift closure cannot safely run inside a signal handler. The flag is a weak definition so
   every object file that inlines these functions shares the same variable. */
__attribute__((weak)) volatile sig_atomic_t cnn_pending_signal_number = 0;

static inline void cnn_record_termination_signal(int signal_number) {
    cnn_pending_signal_number = signal_number;
}

/* Sets `handler` for SIGINT, SIGTERM and SIGHUP. No SA_RESTART, so a waiting read returns early. */
static inline int cnn_set_termination_handler(void (*handler)(int)) {
    const int signal_numbers[3] = { SIGINT, SIGTERM, SIGHUP };
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    for (int index = 0; index < 3; index++) {
        if (sigaction(signal_numbers[index], &action, NULL) != 0) { return -1; }
    }
    return 0;
}

/* Clears the flag and installs the recording handler; 0 on success, -1 if sigaction failed.
   Also unblocks these signals and SIGWINCH in the calling thread: a parent that spawned us from a thread
   with signals blocked (libdispatch workers block them) would otherwise leave us deaf to them. */
static inline int cnn_install_termination_handlers(void) {
    sigset_t handled;
    sigemptyset(&handled);
    sigaddset(&handled, SIGINT);
    sigaddset(&handled, SIGTERM);
    sigaddset(&handled, SIGHUP);
    sigaddset(&handled, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &handled, NULL);
    cnn_pending_signal_number = 0;
    return cnn_set_termination_handler(cnn_record_termination_signal);
}

/* Restores the default action (terminate) for SIGINT, SIGTERM and SIGHUP. */
static inline int cnn_restore_termination_handlers(void) {
    return cnn_set_termination_handler(SIG_DFL);
}

/* The last termination signal received since installation, or 0. The flag stays set until cleared. */
static inline int cnn_pending_termination_signal(void) { return cnn_pending_signal_number; }

/* Forgets a recorded termination signal. */
static inline void cnn_clear_termination_signal(void) { cnn_pending_signal_number = 0; }

/* Job control. In raw mode Ctrl-Z reaches the tutor as a key, which then stops itself the way a shell expects
   (as vim and htop do); a SIGTSTP sent from outside (`kill -TSTP`) is recorded in a flag the input loop polls,
   because curses must be left before stopping and that cannot be done inside a signal handler. */
__attribute__((weak)) volatile sig_atomic_t cnn_pending_stop = 0;

static inline void cnn_record_stop(int signal_number) {
    (void)signal_number;
    cnn_pending_stop = 1;
}

/* Sets `handler` for SIGTSTP; 0 on success, -1 if sigaction failed. */
static inline int cnn_set_stop_handler(void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    return sigaction(SIGTSTP, &action, NULL);
}

/* Clears the flag and records SIGTSTP from now on (installed before newterm, so curses keeps its own handler out). */
static inline int cnn_install_stop_handler(void) {
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTSTP);
    sigaddset(&stop, SIGCONT);
    pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
    cnn_pending_stop = 0;
    return cnn_set_stop_handler(cnn_record_stop);
}

/* Restores the default action (stop) for SIGTSTP. */
static inline int cnn_restore_stop_handler(void) { return cnn_set_stop_handler(SIG_DFL); }

/* Whether a SIGTSTP arrived since the flag was last cleared. */
static inline int cnn_stop_requested(void) { return cnn_pending_stop; }

/* Stops the process with SIGTSTP's default action and returns once it is continued (`fg`, SIGCONT); then records
   SIGTSTP again. In a process group with no shell to continue it (orphaned), the kernel discards the stop and this
   returns at once. Call with curses left (endwin). */
static inline void cnn_stop_until_continued(void) {
    cnn_pending_stop = 0;
    cnn_set_stop_handler(SIG_DFL);
    raise(SIGTSTP);
    cnn_set_stop_handler(cnn_record_stop);
    cnn_pending_stop = 0;
}

/* Leaves curses mode if the process exits (exit(), a fatal error path) while the screen is still active. */
static inline void cnn_end_curses_at_exit(void) {
    if (!isendwin()) {
        cnn_set_button_motion(0);
        endwin();
    }
}

__attribute__((weak)) int cnn_exit_restore_registered = 0;

/* Registers cnn_end_curses_at_exit with atexit once per process. */
static inline void cnn_register_exit_restore(void) {
    if (cnn_exit_restore_registered) { return; }
    cnn_exit_restore_registered = 1;
    atexit(cnn_end_curses_at_exit);
}

#endif
