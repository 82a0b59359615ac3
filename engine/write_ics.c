/*
** write_ics.c: iCalendar (RFC 5545): one to-do per item with a due date,
** the owner in the summary, so owners can import their dates. Lines end in
** CRLF and are folded at 75 octets without splitting a UTF-8 character;
** text is escaped. DTSTAMP is the launch date, so output stays deterministic.
*/
#include <string.h>

#include "write.h"

/* Adds one content line, folded. */
static void line(pm_buf *b, const char *s)
{
  size_t col = 0;
  const unsigned char *u = (const unsigned char *)s;
  while(*u) {
    size_t w = *u < 0x80 ? 1 : *u < 0xE0 ? 2 : *u < 0xF0 ? 3 : 4, k;
    if(col + w > 75) {
      pm_buf_adds(b, "\r\n ");
      col = 1;
    }
    for(k = 0; k < w && u[k]; k++)
      pm_buf_addc(b, (char)u[k]);
    col += k;
    u += k;
  }
  pm_buf_adds(b, "\r\n");
}

/* TEXT value escaping: backslash, semicolon, comma, newline. */
static void text(pm_buf *b, const char *s)
{
  for(; s && *s; s++) {
    if(*s == '\\' || *s == ';' || *s == ',') {
      pm_buf_addc(b, '\\');
      pm_buf_addc(b, *s);
    } else if(*s == '\n')
      pm_buf_adds(b, "\\n");
    else if(*s != '\r')
      pm_buf_addc(b, *s);
  }
}

/* FNV-1a of the plan's source, to keep UIDs of different plans apart. */
static unsigned long hash(const char *s)
{
  unsigned long h = 2166136261u;
  for(; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u & 0xffffffffu;
  return h;
}

pm_status pm_write_ics(const pm_engine *e, const pm_checklist *const *cls, size_t n, pm_buf *b)
{
  size_t c, i, k;
  char due[16];
  pm_buf l;
  (void)e;
  line(b, "BEGIN:VCALENDAR");
  line(b, "VERSION:2.0");
  line(b, "PRODID:-//premortem//premortem " PM_VERSION "//EN");
  line(b, "CALSCALE:GREGORIAN");
  for(c = 0; c < n; c++) {
    const pm_checklist *cl = cls[c];
    for(i = 0; i < cl->nitems; i++) {
      const pm_item *it = cl->items[i];
      const pm_strv *prevent = pm_item_prevent(it);
      const char *d = pm_item_due(it, due);
      if(!d)
        continue;
      pm_buf_init(&l, 0);
      line(b, "BEGIN:VTODO");
      pm_buf_adds(&l, "UID:");
      text(&l, it->id);
      pm_buf_addf(&l, ".%08lx@premortem", hash(cl->plan->source));
      line(b, l.p);
      l.len = 0;
      pm_buf_addf(&l, "DTSTAMP:%.4s%.2s%.2sT000000Z", cl->plan->launch_date, cl->plan->launch_date + 5,
                  cl->plan->launch_date + 8);
      line(b, l.p);
      l.len = 0;
      pm_buf_addf(&l, "DUE;VALUE=DATE:%.4s%.2s%.2s", d, d + 5, d + 8);
      line(b, l.p);
      l.len = 0;
      pm_buf_adds(&l, "SUMMARY:[");
      text(&l, it->owner_name ? it->owner_name : "unowned");
      pm_buf_adds(&l, "] ");
      text(&l, pm_item_title(it));
      line(b, l.p);
      l.len = 0;
      pm_buf_adds(&l, "DESCRIPTION:");
      text(&l, pm_item_wrong(it));
      pm_buf_adds(&l, "\\n\\nPrevent:");
      for(k = 0; k < prevent->n; k++) {
        pm_buf_adds(&l, "\\n- ");
        text(&l, prevent->v[k]);
      }
      pm_buf_adds(&l, "\\n\\nItem: ");
      text(&l, it->id);
      pm_buf_adds(&l, " (");
      text(&l, cl->plan->title ? cl->plan->title : cl->plan->source);
      pm_buf_adds(&l, ")");
      line(b, l.p);
      line(b, it->status == PM_ST_OPEN ? "STATUS:NEEDS-ACTION" : it->status == PM_ST_WAIVED ? "STATUS:CANCELLED"
                                                                                              : "STATUS:COMPLETED");
      line(b, it->blocking ? "PRIORITY:1" : "PRIORITY:5");
      l.len = 0;
      pm_buf_adds(&l, "CATEGORIES:");
      text(&l, it->rule->category);
      line(b, l.p);
      line(b, "END:VTODO");
      if(l.failed)
        b->failed = 1;
      pm_buf_free(&l);
    }
  }
  line(b, "END:VCALENDAR");
  return PM_OK;
}
