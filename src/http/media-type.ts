// The JSON:API media type, in its own module so routes can use it without importing the app.
export const JSONAPI_MEDIA_TYPE = 'application/vnd.api+json';
