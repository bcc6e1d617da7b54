import type { KanoCategory } from '../../../shared/kano/model';

/**
 * Okabe–Ito colours: told apart by colour-blind viewers, on a projector and in greyscale print
 * (each has its own lightness).
 */
export const CATEGORY_FILL: Record<KanoCategory, string> = {
  M: '#D55E00',
  O: '#0072B2',
  A: '#009E73',
  I: '#8C8C8C',
  R: '#CC79A7',
  Q: '#F0E442',
};

/** Text drawn on a category's fill. */
export const CATEGORY_INK: Record<KanoCategory, string> = {
  M: '#ffffff',
  O: '#ffffff',
  A: '#ffffff',
  I: '#ffffff',
  R: '#1d2433',
  Q: '#1d2433',
};

/** A darker shade of each fill, for text on white (quadrant names). */
export const CATEGORY_STRONG: Record<KanoCategory, string> = {
  M: '#a34400',
  O: '#005a8c',
  A: '#007356',
  I: '#5b6475',
  R: '#9c4f7d',
  Q: '#7a7000',
};
