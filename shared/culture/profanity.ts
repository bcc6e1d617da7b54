import { matchingKey } from './normalise';

/**
 * A modest built-in list of Dutch and English swear words and slurs. Words on it are hidden from
 * the clouds while the profanity filter is on; the facilitator can show any of them again.
 * Entries are matching keys (lower case, no accents).
 */
const DUTCH = [
  'kut',
  'klote',
  'kanker',
  'kankerzooi',
  'tering',
  'tyfus',
  'pleuris',
  'pokken',
  'kolere',
  'klere',
  'godverdomme',
  'godver',
  'verdomme',
  'sodemieter',
  'sodeju',
  'kutzooi',
  'klotezooi',
  'teringzooi',
  'tyfuszooi',
  'schijt',
  'stront',
  'lul',
  'eikel',
  'klootzak',
  'hufter',
  'teringlijer',
  'tyfuslijer',
  'kankerlijer',
  'hoer',
  'hoerenzoon',
  'slet',
  'trut',
  'kutwijf',
  'flikker',
  'mongool',
  'debiel',
  'neuken',
  'pik',
  'rukker',
  'zeikerd',
];

const ENGLISH = [
  'fuck',
  'fucking',
  'fucked',
  'fucker',
  'motherfucker',
  'shit',
  'shitty',
  'bullshit',
  'crap',
  'crappy',
  'ass',
  'asshole',
  'arse',
  'arsehole',
  'bastard',
  'bitch',
  'bollocks',
  'wanker',
  'tosser',
  'twat',
  'prick',
  'dick',
  'dickhead',
  'cock',
  'cunt',
  'piss',
  'pissed',
  'damn',
  'goddamn',
  'douchebag',
  'jackass',
  'slut',
  'whore',
  'retard',
  'retarded',
  'moron',
  'bugger',
];

const SWEAR_KEYS: ReadonlySet<string> = new Set([...DUTCH, ...ENGLISH].map(matchingKey));

/** True when the key is a swear word or a phrase containing one ("kut organisatie"). */
export function isProfane(key: string): boolean {
  return key.split(/[\s-]+/u).some((part) => SWEAR_KEYS.has(part)) || SWEAR_KEYS.has(key);
}
