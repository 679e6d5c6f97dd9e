export * from './id-card.js';
export * from './uscc.js';
export * from './contact.js';
