/*
** date.h: ISO calendar dates as day numbers (days since 1970-01-01), and
** launch-relative offsets ("T-7d"). Pure arithmetic: no locale, no time
** zone, no libc time functions.
*/
#ifndef PM_DATE_H
#define PM_DATE_H

/* Parses "YYYY-MM-DD" (a real calendar date, years 1900..9899). Returns 1 on success. */
int pm_date_parse(const char *s, long *days);
/* Formats a day number as "YYYY-MM-DD" into buf (at least 11 bytes). */
void pm_date_format(long days, char *buf);
/*
** Parses a launch-relative offset: "T", "T-7d", "T+2d", "T-3w", "T-0d".
** Returns 1 and the signed offset in days on success.
*/
int pm_date_offset(const char *s, long *days);

#endif
