#ifndef ROPA_CNCURSESW_SHIM_H
#define ROPA_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D flags: wide-character curses needs these before the include. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Macros and globals Swift cannot import directly. */
static inline WINDOW *ropa_stdscr(void) { return stdscr; }
static inline int ropa_rows(void) { return getmaxy(stdscr); }
static inline int ropa_columns(void) { return getmaxx(stdscr); }
static inline attr_t ropa_bold(void) { return A_BOLD; }
static inline attr_t ropa_reverse(void) { return A_REVERSE; }
static inline attr_t ropa_underline(void) { return A_UNDERLINE; }
static inline attr_t ropa_dim(void) { return A_DIM; }
static inline attr_t ropa_normal(void) { return A_NORMAL; }
static inline attr_t ropa_color_pair(short pair) { return COLOR_PAIR(pair); }
static inline int ropa_key_code_yes(void) { return KEY_CODE_YES; }
static inline int ropa_set_attributes(attr_t attributes) { return attrset(attributes); }
static inline FILE *ropa_stdin(void) { return stdin; }
static inline FILE *ropa_stdout(void) { return stdout; }

#endif
