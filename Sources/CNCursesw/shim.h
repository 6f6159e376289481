#ifndef ROPA_CNCURSESW_SHIM_H
#define ROPA_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D flags: wide-character curses needs these before the include. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#endif
