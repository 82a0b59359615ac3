/*
** date.c: civil-date arithmetic (the days_from_civil algorithm).
*/
#include "date.h"


static long days_from_civil(long y, unsigned m, unsigned d)
{
  long era;
  unsigned yoe, doy, doe;
  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = (unsigned)(y - era * 400);
  doy = (153 * (m + (m > 2 ? (unsigned)-3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (long)doe - 719468;
}

static void civil_from_days(long z, long *y, unsigned *m, unsigned *d)
{
  long era;
  unsigned doe, yoe, doy, mp;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = (unsigned)(z - era * 146097);
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  *y = (long)yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y += *m <= 2;
}

static int digits(const char *s, int n, long *v)
{
  int i;
  *v = 0;
  for(i = 0; i < n; i++) {
    if(s[i] < '0' || s[i] > '9')
      return 0;
    *v = *v * 10 + (s[i] - '0');
  }
  return 1;
}

/* Years stop at 9899 so that a date plus an offset (at most 9999 days) keeps four digits. */
int pm_date_parse(const char *s, long *days)
{
  static const unsigned mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  long y, m, d;
  if(!s || !digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &m) || s[7] != '-' ||
     !digits(s + 8, 2, &d) || s[10] != '\0')
    return 0;
  if(y < 1900 || y > 9899 || m < 1 || m > 12 || d < 1 || (unsigned long)d > mdays[m - 1])
    return 0;
  if(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 0;
  *days = days_from_civil(y, (unsigned)m, (unsigned)d);
  return 1;
}

void pm_date_format(long days, char *buf)
{
  long y;
  unsigned m, d;
  civil_from_days(days, &y, &m, &d);
  long yy = y < 0 ? 0 : y % 10000;
  buf[0] = (char)('0' + yy / 1000);
  buf[1] = (char)('0' + yy / 100 % 10);
  buf[2] = (char)('0' + yy / 10 % 10);
  buf[3] = (char)('0' + yy % 10);
  buf[4] = '-';
  buf[5] = (char)('0' + m / 10);
  buf[6] = (char)('0' + m % 10);
  buf[7] = '-';
  buf[8] = (char)('0' + d / 10);
  buf[9] = (char)('0' + d % 10);
  buf[10] = '\0';
}

int pm_date_offset(const char *s, long *days)
{
  long n = 0, sign;
  int k = 0;
  if(!s || s[0] != 'T')
    return 0;
  if(s[1] == '\0') {
    *days = 0;
    return 1;
  }
  if(s[1] != '-' && s[1] != '+')
    return 0;
  sign = s[1] == '-' ? -1 : 1;
  s += 2;
  while(s[k] >= '0' && s[k] <= '9' && k < 4) {
    n = n * 10 + (s[k] - '0');
    k++;
  }
  if(k == 0)
    return 0;
  if(s[k] == 'd' && s[k + 1] == '\0')
    *days = sign * n;
  else if(s[k] == 'w' && s[k + 1] == '\0')
    *days = sign * n * 7;
  else
    return 0;
  return 1;
}
