#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
/* Wide-character ncurses for Swift: the wide API needs NCURSES_WIDECHAR before the header. */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif
#endif
