#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
// Must precede every #include: SwiftPM drops pkg-config's -D_XOPEN_SOURCE, and without it the
// wide-character API (cchar_t, wget_wch, ...) and wcwidth are not declared.
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#define NCURSES_WIDECHAR 1
#include <wchar.h>
#include <locale.h>
#include <ncursesw/curses.h>
#include <term.h>

// C globals and macros Swift 6 cannot use directly.
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
static inline int cn_key_f(int n) { return KEY_F(n); }
// Whether the terminal can address the cursor (TERM=dumb cannot).
static inline int cn_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
#endif
