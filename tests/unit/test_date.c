/*
** test_date.c: calendar dates and launch-relative offsets.
*/
#include "check.h"
#include "date.h"

static void test_parse_format(void)
{
  long d, prev = 0;
  char buf[16];
  int y, m, first = 1;
  CHECK(pm_date_parse("1970-01-01", &d));
  CHECK_INT(d, 0);
  CHECK(pm_date_parse("2027-03-01", &d));
  pm_date_format(d - 7, buf);
  CHECK_STR(buf, "2027-02-22");
  CHECK(pm_date_parse("2024-02-29", &d));          /* leap year */
  CHECK(!pm_date_parse("2027-02-29", &d));
  CHECK(!pm_date_parse("2100-02-29", &d));         /* not a leap year */
  CHECK(pm_date_parse("2000-02-29", &d));          /* is one */
  CHECK(!pm_date_parse("2027-13-01", &d));
  CHECK(!pm_date_parse("2027-04-31", &d));
  CHECK(!pm_date_parse("2027-3-1", &d));
  CHECK(!pm_date_parse("2027-03-01T00:00", &d));
  CHECK(!pm_date_parse("", &d));
  CHECK(!pm_date_parse(NULL, &d));
  /* every first of the month from 1990 to 2060 round-trips, and days increase */
  for(y = 1990; y <= 2060; y++)
    for(m = 1; m <= 12; m++) {
      char in[16];
      in[0] = (char)('0' + y / 1000);
      in[1] = (char)('0' + y / 100 % 10);
      in[2] = (char)('0' + y / 10 % 10);
      in[3] = (char)('0' + y % 10);
      in[4] = '-';
      in[5] = (char)('0' + m / 10);
      in[6] = (char)('0' + m % 10);
      memcpy(in + 7, "-01", 4);
      CHECK(pm_date_parse(in, &d));
      pm_date_format(d, buf);
      CHECK_STR(buf, in);
      CHECK(first || d > prev);
      first = 0;
      prev = d;
    }
}

static void test_offsets(void)
{
  long d;
  CHECK(pm_date_offset("T", &d));
  CHECK_INT(d, 0);
  CHECK(pm_date_offset("T-7d", &d));
  CHECK_INT(d, -7);
  CHECK(pm_date_offset("T+1d", &d));
  CHECK_INT(d, 1);
  CHECK(pm_date_offset("T-2w", &d));
  CHECK_INT(d, -14);
  CHECK(pm_date_offset("T-0d", &d));
  CHECK_INT(d, 0);
  CHECK(!pm_date_offset("T-7", &d));
  CHECK(!pm_date_offset("T7d", &d));
  CHECK(!pm_date_offset("t-7d", &d));
  CHECK(!pm_date_offset("T-7m", &d));
  CHECK(!pm_date_offset("T-99999d", &d));
  CHECK(!pm_date_offset("T-7dd", &d));
}

int main(void)
{
  test_parse_format();
  test_offsets();
  CHECK_DONE();
}
