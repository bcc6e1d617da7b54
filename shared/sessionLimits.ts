/**
 * Longest session name, organisation and facilitator: one rule for the session schema, the
 * commands, the forms, and the name an earlier session leaves in a repeated one
 * (shared/excellence/model.ts). A file of its own, so that the method models can use it without
 * importing the session schema that imports them.
 */
export const MAX_SESSION_NAME = 200;
export const MAX_ORGANISATION = 300;
export const MAX_FACILITATOR = 200;
