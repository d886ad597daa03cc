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
#include <stdio.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

/* Mutable C globals that Swift 6 rejects as shared mutable state, read through functions. */
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *cnc_stdout(void) { return stdout; }
static inline FILE *cnc_stdin(void) { return stdin; }

/* Function-like macros Swift cannot import. */
static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline int cnc_color_pair(int pair) { return (int)COLOR_PAIR(pair); }
static inline int cnc_getmaxy(WINDOW *window) { return getmaxy(window); }
static inline int cnc_getmaxx(WINDOW *window) { return getmaxx(window); }
static inline mmask_t cnc_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
/* Clicks and the wheel (buttons 4 and 5 in ncurses' mouse protocol). */
static inline mmask_t cnc_mouse_events(void) {
    return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
/* -1 for the wheel turned up, 1 for down, 0 for anything else. */
static inline int cnc_wheel_direction(mmask_t state) {
    if (state & BUTTON4_PRESSED) return -1;
    if (state & BUTTON5_PRESSED) return 1;
    return 0;
}
static inline const char *cnc_codeset(void) { return nl_langinfo(CODESET); }

/* Sets attributes and an extended colour pair (which may exceed 255) through attr_set's opts argument. */
static inline int cnc_attr_set(attr_t attributes, int pair) {
    return attr_set(attributes, (short)(pair < 256 ? pair : 0), &pair);
}

/* The extended colour pair of the cell at (y, x) of stdscr, or -1; for headless tests. */
static inline int cnc_cell_pair(int y, int x) {
    cchar_t cell;
    wchar_t text[CCHARW_MAX + 1];
    attr_t attributes = 0;
    short pair = 0;
    int extended = 0;
    if (mvwin_wch(stdscr, y, x, &cell) == ERR) return -1;
    if (getcchar(&cell, text, &attributes, &pair, &extended) == ERR) return -1;
    return extended != 0 ? extended : pair;
}

/* The attributes of the cell at (y, x) of stdscr; for headless tests. */
static inline attr_t cnc_cell_attributes(int y, int x) {
    cchar_t cell;
    wchar_t text[CCHARW_MAX + 1];
    attr_t attributes = 0;
    short pair = 0;
    if (mvwin_wch(stdscr, y, x, &cell) == ERR) return 0;
    if (getcchar(&cell, text, &attributes, &pair, NULL) == ERR) return 0;
    return attributes & ~A_COLOR;
}
#endif
