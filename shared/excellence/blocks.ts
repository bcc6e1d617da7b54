import type { MessageKey } from '../i18n';
import { BLOCK_NUMBERS } from './model';

export type BlockNumber = (typeof BLOCK_NUMBERS)[number];

/**
 * The nine building blocks of CEN/TS 16880 / ISO 23592 in the Dutch order of Stichting Service
 * Excellence (docs/excellence.md). Names and explanations live in the message catalogue.
 */
export const EXCELLENCE_BLOCKS = [
  { block: 1, key: 'customerNeeds' },
  { block: 2, key: 'vision' },
  { block: 3, key: 'leadership' },
  { block: 4, key: 'culture' },
  { block: 5, key: 'experienceDesign' },
  { block: 6, key: 'employeeEngagement' },
  { block: 7, key: 'processes' },
  { block: 8, key: 'monitoring' },
  { block: 9, key: 'innovation' },
] as const satisfies readonly { block: BlockNumber; key: string }[];

export type BlockKey = (typeof EXCELLENCE_BLOCKS)[number]['key'];

/** The service excellence pyramid, from the base (1) to the top (4). */
export const PYRAMID_LEVELS = [
  { level: 1, key: 'corePromise' },
  { level: 2, key: 'complaintHandling' },
  { level: 3, key: 'individualService' },
  { level: 4, key: 'surprisingService' },
] as const;

export type PyramidKey = (typeof PYRAMID_LEVELS)[number]['key'];

function keyOf(block: BlockNumber): BlockKey {
  // EXCELLENCE_BLOCKS is indexed by block number − 1; the type of `block` keeps it in range.
  return EXCELLENCE_BLOCKS[block - 1]!.key;
}

export function blockNameKey(block: BlockNumber): MessageKey {
  return `excellence.block.${keyOf(block)}.name`;
}

/** A shorter name where space is scarce (radar axis labels, table headers). */
export function blockShortNameKey(block: BlockNumber): MessageKey {
  return `excellence.block.${keyOf(block)}.short`;
}

export function blockExplanationKey(block: BlockNumber): MessageKey {
  return `excellence.block.${keyOf(block)}.explanation`;
}

export function pyramidNameKey(key: PyramidKey): MessageKey {
  return `excellence.pyramid.${key}.name`;
}

export function pyramidExplanationKey(key: PyramidKey): MessageKey {
  return `excellence.pyramid.${key}.explanation`;
}

export function isBlockNumber(value: number): value is BlockNumber {
  return Number.isInteger(value) && value >= 1 && value <= 9;
}
