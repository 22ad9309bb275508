/**
 * How every chart marks the reader's own choice (the setting in force, the
 * chosen resiliency, drive class or layout): drawn in the text colour, so it
 * is the strongest colour on the chart in the light and the dark theme and
 * never one of the categorical colours the other marks use, and named in the
 * legend. Tables mark the same row in bold.
 */

/** Fill or stroke of the reader's choice: the chart's text colour (guide.css sets it from the theme). */
export const YOUR_CHOICE_COLOUR = 'currentColor';

/** Plot's first default categorical colour (Observable 10 blue), for the alternatives drawn beside the reader's choice. */
export const OTHER_CHOICE_COLOUR = '#4269d0';

/** The legend's words for the reader's choice. */
export const YOUR_CHOICE = 'your choice';
