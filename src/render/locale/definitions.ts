// Explicit d3-format and d3-time-format locale definitions, so numbers and
// dates never depend on the host's ICU data or LANG.

import type { FormatLocaleDefinition, TimeLocaleDefinition } from "d3";

const NARROW_NO_BREAK_SPACE = "\u202f";

export const fr = {
  number: {
    decimal: ",",
    thousands: NARROW_NO_BREAK_SPACE,
    grouping: [3],
    currency: ["", "\u00a0€"],
    percent: `${NARROW_NO_BREAK_SPACE}%`,
    minus: "−",
  } satisfies FormatLocaleDefinition,
  time: {
    dateTime: "%A %e %B %Y à %X",
    date: "%d/%m/%Y",
    time: "%H:%M:%S",
    periods: ["AM", "PM"],
    days: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
    shortDays: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
    months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    shortMonths: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
  } satisfies TimeLocaleDefinition,
};

export const en = {
  number: {
    decimal: ".",
    thousands: ",",
    grouping: [3],
    currency: ["$", ""],
    minus: "−",
  } satisfies FormatLocaleDefinition,
  time: {
    dateTime: "%a %b %e %X %Y",
    date: "%m/%d/%Y",
    time: "%H:%M:%S",
    periods: ["AM", "PM"],
    days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  } satisfies TimeLocaleDefinition,
};
