// survey-core's language files register their strings when imported and export nothing we use;
// the package ships no types for them.
declare module 'survey-core/i18n/*';
