"""Whether a prefix date ("2013", "2013-07", "2013-07-25", with a time where the pattern allows one) names a real year,
month or day of the calendar: what the Popolo and FollowTheMoney checkers ask beyond their schemas' patterns."""
import calendar
import re

DATE_ONLY = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
WITH_TIME = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:T[0-9]{2}(?::[0-9]{2}(?::[0-9]{2})?)?)?)?)?$")


def real_date(text, pattern=DATE_ONLY):
    m = pattern.match(text)
    if not m:
        return False
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if month is None:
        return year >= 1
    month = int(month)
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= int(day) <= calendar.monthrange(year, month)[1]
