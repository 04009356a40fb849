// Generated from /v1/openapi.json by `npm run generate:api`; do not edit.

export interface paths {
    "/v1/access-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a access-code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                "access-url"?: string | null;
                                code: string;
                                "is-active"?: boolean;
                                "max-quantity"?: number | null;
                                "min-quantity"?: number;
                                "tickets-number"?: number | null;
                                "valid-from"?: string | null;
                                "valid-till"?: string | null;
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                                tickets?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["AccessCodeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-codes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one access-code */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["AccessCodeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a access-code */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a access-code */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                "access-url"?: string | null;
                                code?: string;
                                "is-active"?: boolean;
                                "max-quantity"?: number | null;
                                "min-quantity"?: number;
                                "tickets-number"?: number | null;
                                "valid-from"?: string | null;
                                "valid-till"?: string | null;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                                tickets?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["AccessCodeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/access-codes/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a access-code */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-codes/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a access-code */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-codes/{key}/relationships/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tickets linkage of a access-code */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-codes/{key}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tickets of a access-code, as a list */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TicketResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attendees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one attendee */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["AttendeeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a attendee */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a attendee */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                address?: string | null;
                                city?: string | null;
                                company?: string | null;
                                "complex-field-values"?: {
                                    [key: string]: string | number | boolean | null;
                                };
                                country?: string | null;
                                "device-name-checkin"?: string | null;
                                email?: string | null;
                                firstname?: string | null;
                                "is-checked-in"?: boolean;
                                "job-title"?: string | null;
                                lastname?: string | null;
                                phone?: string | null;
                                state?: string | null;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["AttendeeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/attendees/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a attendee */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attendees/{key}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order of a attendee */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["OrderResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attendees/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a attendee */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attendees/{key}/relationships/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order linkage of a attendee */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attendees/{key}/relationships/ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket linkage of a attendee */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attendees/{key}/ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket of a attendee */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TicketResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the caller's password; their other sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            "new-password": string;
                            "old-password": string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            id: string;
                            name: string | null;
                        } & {
                            "password-changed": boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange e-mail and password for an access token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: string;
                        "include-in-response"?: boolean;
                        password: string;
                        "remember-me"?: boolean;
                        username?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log out (the original route): ends the browser session, if any */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            success: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a link to set a new password (the same answer whether the address has an account or not) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            email: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        /** Set a new password with the token from the mailed link */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            password: string;
                            token: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            id: string;
                            name: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is logged in (user null when nobody is) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                email: string;
                                "first-name": string | null;
                                id: string;
                                "is-admin": boolean;
                                "last-name": string | null;
                                "public-name": string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Log a browser in: sets the session cookie and the CSRF cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            "expires-at": string;
                            user: {
                                email: string;
                                "first-name": string | null;
                                id: string;
                                "is-admin": boolean;
                                "last-name": string | null;
                                "public-name": string | null;
                            };
                        };
                    };
                };
            };
        };
        /** Log the browser out: ends the session on the server */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/verify-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Whether a password is the logged-in caller's (the original's check before a sensitive change) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            result: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/custom-forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a custom-form */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                description?: string | null;
                                "field-identifier"?: string;
                                /** @enum {string} */
                                form?: "attendee";
                                "is-included"?: boolean;
                                "is-required"?: boolean;
                                name: string;
                                options?: string[] | null;
                                position?: number;
                                type: "text" | "email" | "number" | "select" | "checkbox" | "paragraph";
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["CustomFormResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/custom-forms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one custom-form */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["CustomFormResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a custom-form */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a custom-form */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                description?: string | null;
                                "field-identifier"?: string;
                                /** @enum {string} */
                                form?: "attendee";
                                "is-included"?: boolean;
                                "is-required"?: boolean;
                                name?: string;
                                options?: string[] | null;
                                position?: number;
                                type?: "text" | "email" | "number" | "select" | "checkbox" | "paragraph";
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["CustomFormResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/custom-forms/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a custom-form */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/custom-forms/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a custom-form */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/discount-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a discount-code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                code: string;
                                "is-active"?: boolean;
                                "max-quantity"?: number | null;
                                "min-quantity"?: number;
                                "tickets-number"?: number | null;
                                type: "amount" | "percent";
                                "valid-from"?: string | null;
                                "valid-till"?: string | null;
                                value: number | string;
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                                tickets?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["DiscountCodeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/discount-codes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one discount-code */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["DiscountCodeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a discount-code */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a discount-code */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                code?: string;
                                "is-active"?: boolean;
                                "max-quantity"?: number | null;
                                "min-quantity"?: number;
                                "tickets-number"?: number | null;
                                type?: "amount" | "percent";
                                "valid-from"?: string | null;
                                "valid-till"?: string | null;
                                value?: number | string;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                                tickets?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["DiscountCodeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/discount-codes/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a discount-code */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/discount-codes/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a discount-code */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/discount-codes/{key}/relationships/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tickets linkage of a discount-code */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/discount-codes/{key}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tickets of a discount-code, as a list */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TicketResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-copyrights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a event-copyright */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                holder?: string | null;
                                "holder-url"?: string | null;
                                licence: string;
                                "licence-url"?: string | null;
                                "logo-url"?: string | null;
                                year?: number | null;
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventCopyrightResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-copyrights/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one event-copyright */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventCopyrightResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a event-copyright */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a event-copyright */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                holder?: string | null;
                                "holder-url"?: string | null;
                                licence?: string;
                                "licence-url"?: string | null;
                                "logo-url"?: string | null;
                                year?: number | null;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventCopyrightResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/event-copyrights/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a event-copyright */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-copyrights/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a event-copyright */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List events the caller may see */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an event */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                "after-order-message"?: string | null;
                                "bank-details"?: string | null;
                                "can-pay-by-bank"?: boolean;
                                "can-pay-by-cheque"?: boolean;
                                "can-pay-by-invoice"?: boolean;
                                "can-pay-onsite"?: boolean;
                                "cheque-details"?: string | null;
                                "code-of-conduct"?: string | null;
                                description?: string | null;
                                /** Format: date-time */
                                "ends-at": string;
                                "external-event-url"?: string | null;
                                "has-owner-info"?: boolean;
                                "icon-image-url"?: string | null;
                                "invoice-details"?: string | null;
                                "is-billing-info-mandatory"?: boolean;
                                "is-map-shown"?: boolean;
                                "is-sessions-speakers-enabled"?: boolean;
                                "is-sponsors-enabled"?: boolean;
                                "is-tax-enabled"?: boolean;
                                "is-ticketing-enabled"?: boolean;
                                "large-image-url"?: string | null;
                                latitude?: number | null;
                                "location-name"?: string | null;
                                "logo-url"?: string | null;
                                longitude?: number | null;
                                name: string;
                                online?: boolean;
                                "onsite-details"?: string | null;
                                "original-image-url"?: string | null;
                                "owner-description"?: string | null;
                                "owner-name"?: string | null;
                                "payment-country"?: string | null;
                                "payment-currency"?: string;
                                privacy?: "public" | "private";
                                "refund-policy"?: string | null;
                                "schedule-published-on"?: string | null;
                                "searchable-location-name"?: string | null;
                                /** Format: date-time */
                                "starts-at": string;
                                state?: "draft" | "published";
                                "thumbnail-image-url"?: string | null;
                                "ticket-url"?: string | null;
                                timezone?: string;
                            };
                            id?: string;
                            relationships?: Record<string, never>;
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an event */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an event */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                "after-order-message"?: string | null;
                                "bank-details"?: string | null;
                                "can-pay-by-bank"?: boolean;
                                "can-pay-by-cheque"?: boolean;
                                "can-pay-by-invoice"?: boolean;
                                "can-pay-onsite"?: boolean;
                                "cheque-details"?: string | null;
                                "code-of-conduct"?: string | null;
                                description?: string | null;
                                /** Format: date-time */
                                "ends-at"?: string;
                                "external-event-url"?: string | null;
                                "has-owner-info"?: boolean;
                                "icon-image-url"?: string | null;
                                "invoice-details"?: string | null;
                                "is-billing-info-mandatory"?: boolean;
                                "is-map-shown"?: boolean;
                                "is-sessions-speakers-enabled"?: boolean;
                                "is-sponsors-enabled"?: boolean;
                                "is-tax-enabled"?: boolean;
                                "is-ticketing-enabled"?: boolean;
                                "large-image-url"?: string | null;
                                latitude?: number | null;
                                "location-name"?: string | null;
                                "logo-url"?: string | null;
                                longitude?: number | null;
                                name?: string;
                                online?: boolean;
                                "onsite-details"?: string | null;
                                "original-image-url"?: string | null;
                                "owner-description"?: string | null;
                                "owner-name"?: string | null;
                                "payment-country"?: string | null;
                                "payment-currency"?: string;
                                privacy?: "public" | "private";
                                "refund-policy"?: string | null;
                                "schedule-published-on"?: string | null;
                                "searchable-location-name"?: string | null;
                                /** Format: date-time */
                                "starts-at"?: string;
                                state?: "draft" | "published";
                                "thumbnail-image-url"?: string | null;
                                "ticket-url"?: string | null;
                                timezone?: string;
                            };
                            id: string;
                            relationships?: Record<string, never>;
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/events/{eventKey}/access-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the access-codes of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["AccessCodeResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/access-codes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An access code by its text (coorganizers and up; any case) */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    code: string;
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["AccessCodeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/access-codes/{code}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The hidden tickets an active, valid access code unlocks (anyone who can see the event) */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    code: string;
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TicketResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                "access-code": {
                                    code: string;
                                    "tickets-left": number | null;
                                };
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attendees of an event on one tab, with the count of every tab in meta.tabs */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Search box: attendee name or e-mail, order number (O<time>-<id>, the id, or the start of the order UUID); for coorganizers also the buyer name or e-mail */
                    search?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                    /** @description One of all, completed, placed, pending, expired, cancelled, checked-in, not-checked-in (default all); pending includes unfinished checkouts, not-checked-in only attendees of completed and placed orders */
                    tab?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["AttendeeResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                                tabs: {
                                    all: number;
                                    cancelled: number;
                                    "checked-in": number;
                                    completed: number;
                                    expired: number;
                                    "not-checked-in": number;
                                    pending: number;
                                    placed: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders, check-ins and schedule changes as they happen, as Server-Sent Events (orders and check-ins: registrars and up; sessions: those who manage the program; token also as ?access_token=) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/custom-forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom-forms of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["CustomFormResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/discount-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the discount-codes of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["DiscountCodeResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/discount-codes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A discount code of an event by its text (coorganizers) */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    code: string;
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["DiscountCodeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/event-copyright": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event-copyright of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventCopyrightResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete the event-copyright of an event */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change the event-copyright of an event */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                holder?: string | null;
                                "holder-url"?: string | null;
                                licence?: string;
                                "licence-url"?: string | null;
                                "logo-url"?: string | null;
                                year?: number | null;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventCopyrightResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/events/{eventKey}/event-copyrights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the event-copyrights of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventCopyrightResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/export/attendees/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start the Attendees (CSV) export (answers a task URL)
         * @description Options, in the query string or a JSON body: tab: The attendee list's tab: all, completed, placed, pending, expired, cancelled, checked-in, not-checked-in; search: The attendee list's search box
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Start the Attendees (CSV) export (answers a task URL)
         * @description Options, in the query string or a JSON body: tab: The attendee list's tab: all, completed, placed, pending, expired, cancelled, checked-in, not-checked-in; search: The attendee list's search box
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/export/ical": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start the Schedule (iCalendar) export (answers a task URL) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start the Schedule (iCalendar) export (answers a task URL) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/export/json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start the Open Event JSON (zip) export (answers a task URL) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start the Open Event JSON (zip) export (answers a task URL) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/export/orders/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start the Orders (CSV) export (answers a task URL)
         * @description Options, in the query string or a JSON body: tab: The order list's tab: completed, placed, pending, expired, cancelled, all; search: The order list's search box
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Start the Orders (CSV) export (answers a task URL)
         * @description Options, in the query string or a JSON body: tab: The order list's tab: completed, placed, pending, expired, cancelled, all; search: The order list's search box
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/export/pentabarf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start the Schedule (Pentabarf/frab XML) export (answers a task URL) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start the Schedule (Pentabarf/frab XML) export (answers a task URL) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/export/sessions/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start the Sessions (CSV) export (answers a task URL)
         * @description Options, in the query string or a JSON body: tab: The session list's tab: all, pending, accepted, confirmed, rejected, draft, canceled, withdrawn; search: The session list's search box (title, speaker name, track name)
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Start the Sessions (CSV) export (answers a task URL)
         * @description Options, in the query string or a JSON body: tab: The session list's tab: all, pending, accepted, confirmed, rejected, draft, canceled, withdrawn; search: The session list's search box (title, speaker name, track name)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/export/speakers/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start the Speakers (CSV) export (answers a task URL) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start the Speakers (CSV) export (answers a task URL) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/export/xcal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start the Schedule (xCal) export (answers a task URL) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start the Schedule (xCal) export (answers a task URL) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            task_url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event's export formats and the caller's recent exports (coorganizers) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            formats: {
                                extension: string;
                                id: string;
                                label: string;
                                options: string[];
                                url: string;
                            }[];
                            tasks: {
                                /** Format: date-time */
                                "created-at": string;
                                "download-url": string | null;
                                error: {
                                    code: string | null;
                                    detail: string | null;
                                } | null;
                                "events-url": string;
                                "file-name": string | null;
                                "finished-at": string | null;
                                format: string;
                                id: string;
                                label: string;
                                options: {
                                    [key: string]: string;
                                };
                                progress: {
                                    percent: number;
                                    step: string | null;
                                };
                                state: "WAITING" | "STARTED" | "SUCCESS" | "FAILURE" | "CANCELLED";
                                "task-url": string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/faq-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the faq-types of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["FaqTypeResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/faqs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the faqs of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["FaqResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/microlocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the microlocations of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["MicrolocationResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/order-statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The original's order statistics of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                attributes: {
                                    identifier: string;
                                    orders: {
                                        [key: string]: number;
                                    };
                                    sales: {
                                        [key: string]: number;
                                    };
                                    tickets: {
                                        [key: string]: number;
                                    };
                                };
                                id: string;
                                links: {
                                    self: string;
                                };
                                /** @enum {string} */
                                type: "order-statistics-event";
                            };
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders of an event on one tab, with totals per status and the count of every tab */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Search box: order number (O<time>-<id>, the id, or the start of the UUID), buyer name or e-mail, attendee name or e-mail */
                    search?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                    /** @description One of completed, placed, pending, expired, cancelled, all (default all); pending includes unfinished checkouts (initializing) */
                    tab?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["OrderResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                                tabs: {
                                    all: number;
                                    cancelled: number;
                                    completed: number;
                                    expired: number;
                                    pending: number;
                                    placed: number;
                                };
                                totals: {
                                    [key: string]: {
                                        amount: string;
                                        count: number;
                                    };
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the caller may do on the event (the pages hide the rest; the API refuses it anyway) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                "check-in": boolean;
                                "delete-event": boolean;
                                "edit-event": boolean;
                                "edit-program": boolean;
                                export: boolean;
                                "manage-orders": boolean;
                                "manage-program": boolean;
                                "manage-team": boolean;
                                "manage-tickets": boolean;
                                "view-attendees": boolean;
                                "view-orders": boolean;
                                "view-team": boolean;
                            };
                            "is-admin": boolean;
                            roles: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/role-invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invites of an event (coorganizers and above) */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["RoleInviteResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/schedule-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessions added, moved and removed since the latest published version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: {
                                after: {
                                    "ends-at": string;
                                    room: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    "starts-at": string;
                                } | null;
                                before: {
                                    "ends-at": string;
                                    room: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    "starts-at": string;
                                } | null;
                                session: {
                                    id: string;
                                    title: string;
                                };
                            }[];
                            moved: {
                                after: {
                                    "ends-at": string;
                                    room: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    "starts-at": string;
                                } | null;
                                before: {
                                    "ends-at": string;
                                    room: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    "starts-at": string;
                                } | null;
                                session: {
                                    id: string;
                                    title: string;
                                };
                            }[];
                            removed: {
                                after: {
                                    "ends-at": string;
                                    room: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    "starts-at": string;
                                } | null;
                                before: {
                                    "ends-at": string;
                                    room: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    "starts-at": string;
                                } | null;
                                session: {
                                    id: string;
                                    title: string;
                                };
                            }[];
                            since: {
                                id: string;
                                name: string;
                                number: number;
                                /** Format: date-time */
                                "published-at": string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/schedule-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published versions of the schedule, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["ScheduleVersionResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Publish the working schedule as the next version (coorganizers and above) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                comment?: string | null;
                                name?: string;
                                /** @description Mail the speakers whose sessions moved since the latest version */
                                "notify-speakers"?: boolean;
                            };
                            /** @enum {string} */
                            type: "schedule-version";
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["ScheduleVersionResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/schedule.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published schedule as schedule.ics */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/schedule.xcal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published schedule as schedule.xcal */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/schedule.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published schedule as schedule.xml */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/scheduler": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The working schedule: rooms in order, session types, tracks, accepted and confirmed sessions (program managers) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            "can-publish": boolean;
                            event: {
                                /** Format: date-time */
                                "ends-at": string;
                                id: string;
                                identifier: string;
                                name: string;
                                "schedule-published-on": string | null;
                                /** Format: date-time */
                                "starts-at": string;
                                timezone: string;
                            };
                            "latest-version": {
                                id: string;
                                name: string;
                                number: number;
                                /** Format: date-time */
                                "published-at": string;
                            } | null;
                            rooms: {
                                id: string;
                                name: string;
                            }[];
                            "session-types": {
                                id: string;
                                minutes: number;
                                name: string;
                            }[];
                            sessions: {
                                /** @description Whether the caller may move it (track organizers: their tracks only) */
                                editable: boolean;
                                "ends-at": string | null;
                                id: string;
                                /** @description Send it back with a move; a move naming an older one is refused */
                                "lock-version": number;
                                room: string | null;
                                "session-type": string | null;
                                speakers: {
                                    id: string;
                                    name: string;
                                }[];
                                "starts-at": string | null;
                                state: string;
                                title: string;
                                track: string | null;
                            }[];
                            tracks: {
                                color: string;
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/scheduler/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Place, move, resize or unschedule a session; 409 session.stale when its lock-version is not the one sent */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        "ends-at": string | null;
                        "lock-version": number;
                        room: string | null;
                        "starts-at": string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Whether the caller may move it (track organizers: their tracks only) */
                            editable: boolean;
                            "ends-at": string | null;
                            id: string;
                            /** @description Send it back with a move; a move naming an older one is refused */
                            "lock-version": number;
                            room: string | null;
                            "session-type": string | null;
                            speakers: {
                                id: string;
                                name: string;
                            }[];
                            "starts-at": string | null;
                            state: string;
                            title: string;
                            track: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/events/{eventKey}/session-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the session-types of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SessionTypeResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessions of an event on one tab (a state), with the count of every tab in meta.tabs */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Search box: session title, speaker name or track name */
                    search?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                    /** @description One of all, pending, accepted, confirmed, rejected, draft, canceled, withdrawn (default all); naming a tab or a search adds meta.tabs */
                    tab?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SessionResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                                tabs?: {
                                    accepted: number;
                                    all: number;
                                    canceled: number;
                                    confirmed: number;
                                    draft: number;
                                    pending: number;
                                    rejected: number;
                                    withdrawn: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/sessions/bulk-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the state of many sessions at once: those named in ids, or all that match filter (tab and search, as the list) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            filter?: {
                                search?: string;
                                tab?: string;
                            };
                            ids?: string[];
                            state: "accepted" | "rejected" | "confirmed" | "pending" | "canceled" | "withdrawn" | "draft";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description Of those, the ones whose state changed (the others already had it) */
                                changed: number;
                                /** @description Sessions named, or matching the filter, that the caller may change */
                                matched: number;
                                /** @description Sessions matching the filter outside a track organizer's tracks, left as they were */
                                "not-allowed": number;
                                state: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/social-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the social-links of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SocialLinkResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/speakers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the speakers of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SpeakerResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/sponsors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the sponsors of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SponsorResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seats per ticket, orders by status, check-ins and sales per day (coorganizers and above) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            "check-in": {
                                /** @description Attendees of completed and placed orders */
                                attendees: number;
                                "checked-in": number;
                                days: {
                                    "checked-in": number;
                                    date: string;
                                }[];
                            };
                            days: {
                                date: string;
                                orders: number;
                                /** @description A decimal amount in the event currency, e.g. "12.50" */
                                revenue: string;
                                tickets: number;
                            }[];
                            event: {
                                currency: string;
                                id: string;
                                identifier: string;
                                timezone: string;
                            };
                            orders: {
                                cancelled: {
                                    /** @description A decimal amount in the event currency, e.g. "12.50" */
                                    amount: string;
                                    orders: number;
                                    tickets: number;
                                };
                                completed: {
                                    /** @description A decimal amount in the event currency, e.g. "12.50" */
                                    amount: string;
                                    orders: number;
                                    tickets: number;
                                };
                                expired: {
                                    /** @description A decimal amount in the event currency, e.g. "12.50" */
                                    amount: string;
                                    orders: number;
                                    tickets: number;
                                };
                                initializing: {
                                    /** @description A decimal amount in the event currency, e.g. "12.50" */
                                    amount: string;
                                    orders: number;
                                    tickets: number;
                                };
                                pending: {
                                    /** @description A decimal amount in the event currency, e.g. "12.50" */
                                    amount: string;
                                    orders: number;
                                    tickets: number;
                                };
                                placed: {
                                    /** @description A decimal amount in the event currency, e.g. "12.50" */
                                    amount: string;
                                    orders: number;
                                    tickets: number;
                                };
                            };
                            tickets: {
                                available: number;
                                /** @description Seats held by initializing and pending orders */
                                held: number;
                                id: string;
                                "is-hidden": boolean;
                                name: string;
                                /** @description Orders of any status with this ticket (a ticket with orders cannot be deleted) */
                                orders: number;
                                quantity: number;
                                /** @description A decimal amount in the event currency, e.g. "12.50" */
                                revenue: string;
                                /** @description Seats in completed and placed orders */
                                sold: number;
                                type: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/tax": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tax of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TaxResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete the tax of an event */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change the tax of an event */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                address?: string | null;
                                city?: string | null;
                                "contact-name"?: string | null;
                                country?: string | null;
                                email?: string | null;
                                "invoice-footer"?: string | null;
                                "is-tax-included-in-price"?: boolean;
                                name?: string;
                                phone?: string | null;
                                rate?: number | string;
                                "registered-company"?: string | null;
                                "should-send-invoice"?: boolean;
                                state?: string | null;
                                "tax-id"?: string | null;
                                zip?: string | null;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TaxResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/events/{eventKey}/taxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the taxes of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TaxResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tickets of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TicketResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tracks of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TrackResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/user-favourite-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's bookmarks of the sessions of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UserFavouriteSessionResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventKey}/users-events-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users-events-roles of an event */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    eventKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UsersEventsRoleResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                                /** @description E-mail address by user id */
                                emails: {
                                    [key: string]: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{key}/relationships/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attendees linkage of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{key}/relationships/discount-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The discount-codes linkage of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{key}/relationships/event-copyright": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event-copyright linkage of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{key}/relationships/microlocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The microlocations linkage of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{key}/relationships/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The orders linkage of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{key}/relationships/role-invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The role-invites linkage of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{key}/relationships/session-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session-types linkage of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{key}/relationships/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sessions linkage of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{key}/relationships/social-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The social-links linkage of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{key}/relationships/speakers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The speakers linkage of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{key}/relationships/sponsors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sponsors linkage of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{key}/relationships/tax": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tax linkage of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{key}/relationships/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tickets linkage of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{key}/relationships/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tracks linkage of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/upcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published public events that have not ended, soonest first */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faq-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a faq-type */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                name: string;
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["FaqTypeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faq-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one faq-type */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["FaqTypeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a faq-type */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a faq-type */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                name?: string;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["FaqTypeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/faq-types/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a faq-type */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faq-types/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a faq-type */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faqs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a faq */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                answer: string;
                                position?: number;
                                question: string;
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                                "faq-type"?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["FaqResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faqs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one faq */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["FaqResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a faq */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a faq */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                answer?: string;
                                position?: number;
                                question?: string;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                                "faq-type"?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["FaqResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/faqs/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a faq */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faqs/{key}/faq-type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The faq-type of a faq */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["FaqTypeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faqs/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a faq */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faqs/{key}/relationships/faq-type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The faq-type linkage of a faq */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/microlocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a microlocation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                floor?: number | null;
                                "hidden-in-scheduler"?: boolean;
                                latitude?: number | null;
                                longitude?: number | null;
                                name: string;
                                position?: number;
                                room?: string | null;
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["MicrolocationResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/microlocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one microlocation */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["MicrolocationResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a microlocation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a microlocation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                floor?: number | null;
                                "hidden-in-scheduler"?: boolean;
                                latitude?: number | null;
                                longitude?: number | null;
                                name?: string;
                                position?: number;
                                room?: string | null;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["MicrolocationResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/microlocations/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a microlocation */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/microlocations/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a microlocation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/microlocations/{key}/relationships/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sessions linkage of a microlocation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/microlocations/{key}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sessions of a microlocation, as a list */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SessionResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every order (admins) */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["OrderResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    identifier: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["OrderResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                            meta: {
                                "expires-at": string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Pay, complete or cancel an order */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    identifier: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                address?: string | null;
                                "cancel-note"?: string | null;
                                city?: string | null;
                                company?: string | null;
                                country?: string | null;
                                "order-notes"?: string | null;
                                "paid-via"?: string | null;
                                "payment-mode"?: ("free" | "bank" | "cheque" | "onsite" | "invoice") | null;
                                state?: string | null;
                                status?: "initializing" | "pending" | "placed" | "completed" | "cancelled" | "expired";
                                "tax-business-info"?: string | null;
                                "transaction-id"?: string | null;
                                zipcode?: string | null;
                            };
                            id: string;
                            relationships?: Record<string, never>;
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["OrderResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                            meta: {
                                "expires-at": string | null;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/orders/{identifier}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attendees of an order */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    identifier: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["AttendeeResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{identifier}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status changes of an order (coorganizers and the buyer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    identifier: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: date-time */
                                at: string;
                                by: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                from: string | null;
                                to: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{identifier}/resend-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail the order's confirmation to its buyer again (coorganizers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    identifier: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delivered: "smtp" | "outbox";
                            "sent-to": string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{key}/access-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The access-code of a order */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["AccessCodeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{key}/discount-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The discount-code of a order */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["DiscountCodeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a order */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{key}/relationships/access-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The access-code linkage of a order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{key}/relationships/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attendees linkage of a order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{key}/relationships/discount-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The discount-code linkage of a order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{key}/relationships/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tickets linkage of a order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{key}/relationships/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user linkage of a order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{key}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tickets of a order, as a list */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TicketResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{key}/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user of a order */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UserResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/calculate-amount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Price a basket of tickets */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        "access-code"?: string | null;
                        discount_code?: string | number | null;
                        "discount-code"?: string | number | null;
                        tickets: {
                            id: number | string;
                            price?: number | string;
                            quantity: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/create-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Order tickets (reserves the seats) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        "access-code"?: string | null;
                        attendees?: {
                            address?: string;
                            city?: string;
                            company?: string;
                            "complex-field-values"?: {
                                [key: string]: string | number | boolean | null;
                            };
                            country?: string;
                            /** Format: email */
                            email?: string;
                            firstname?: string;
                            "job-title"?: string;
                            lastname?: string;
                            phone?: string;
                            state?: string;
                            ticket: number | string;
                        }[];
                        discount_code?: string | number | null;
                        "discount-code"?: string | number | null;
                        tickets: {
                            id: number | string;
                            price?: number | string;
                            quantity: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["OrderResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                            meta: {
                                "expires-at": string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role_invites/accept-invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invite, logged in with the invited address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            token: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            event: number;
                            event_identifier: string;
                            name: string;
                            role: string;
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role_invites/decline-invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an invite (no account needed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            token: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            event: number;
                            event_identifier: string;
                            name: string;
                            role: string;
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role_invites/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an invite link is about: the address, role, event and status */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            token: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            event: {
                                "ends-at": string;
                                id: string;
                                identifier: string;
                                name: string;
                                "starts-at": string;
                                timezone: string;
                            };
                            /** @description Whether the invited address has an account (log in) or not (sign up) */
                            "has-account": boolean;
                            role: string;
                            /** @description pending, accepted, declined or withdrawn */
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role-invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite someone by e-mail (owners and organizers; an owner only by an owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                /** Format: email */
                                email: string;
                                "role-name": "owner" | "organizer" | "coorganizer" | "track_organizer" | "moderator" | "registrar";
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                                track?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["RoleInviteResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role-invites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invite */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["RoleInviteResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Withdraw a pending invite */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role-invites/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a pending invite again with a new link (the old one stops working) */
        post: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["RoleInviteResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role-invites/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a role-invite */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role-invites/{key}/invited-by": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invited-by of a role-invite */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UserResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role-invites/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a role-invite */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role-invites/{key}/relationships/invited-by": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invited-by linkage of a role-invite */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role-invites/{key}/relationships/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The track linkage of a role-invite */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/role-invites/{key}/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The track of a role-invite */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TrackResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/schedule-versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published version */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["ScheduleVersionResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a session-type */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                length?: string;
                                name: string;
                                position?: number;
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SessionTypeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one session-type */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SessionTypeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a session-type */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a session-type */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                length?: string;
                                name?: string;
                                position?: number;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SessionTypeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/session-types/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a session-type */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session-types/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a session-type */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session-types/{key}/relationships/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sessions linkage of a session-type */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session-types/{key}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sessions of a session-type, as a list */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SessionResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                "audio-url"?: string | null;
                                comments?: string | null;
                                "ends-at"?: string | null;
                                language?: string | null;
                                level?: ("Beginner" | "Intermediate" | "Advanced" | "Expert") | null;
                                "long-abstract"?: string | null;
                                "short-abstract"?: string | null;
                                "signup-url"?: string | null;
                                "slides-url"?: string | null;
                                "starts-at"?: string | null;
                                state?: "pending" | "accepted" | "confirmed" | "rejected" | "draft" | "canceled" | "withdrawn";
                                subtitle?: string | null;
                                title: string;
                                "video-url"?: string | null;
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                                microlocation?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                                "session-type"?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                                speakers?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                                track?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SessionResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one session */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SessionResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a session */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a session */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                "audio-url"?: string | null;
                                comments?: string | null;
                                "ends-at"?: string | null;
                                language?: string | null;
                                level?: ("Beginner" | "Intermediate" | "Advanced" | "Expert") | null;
                                "long-abstract"?: string | null;
                                "short-abstract"?: string | null;
                                "signup-url"?: string | null;
                                "slides-url"?: string | null;
                                "starts-at"?: string | null;
                                state?: "pending" | "accepted" | "confirmed" | "rejected" | "draft" | "canceled" | "withdrawn";
                                subtitle?: string | null;
                                title?: string;
                                "video-url"?: string | null;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                                microlocation?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                                "session-type"?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                                speakers?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    }[];
                                };
                                track?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SessionResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/sessions/{id}/user-favourite-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's bookmarks of a session */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UserFavouriteSessionResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a session */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{key}/microlocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The microlocation of a session */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["MicrolocationResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{key}/relationships/microlocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The microlocation linkage of a session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{key}/relationships/session-type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session-type linkage of a session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{key}/relationships/speakers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The speakers linkage of a session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{key}/relationships/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The track linkage of a session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{key}/session-type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session-type of a session */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SessionTypeResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{key}/speakers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The speakers of a session, as a list */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SpeakerResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{key}/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The track of a session */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TrackResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which state a session may move to from each state, for organizers and speakers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organizer: {
                                [key: string]: {
                                    [key: string]: boolean;
                                };
                            };
                            speaker: {
                                [key: string]: {
                                    [key: string]: boolean;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/site-builds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for an event website build (multipart zip upload, or JSON with an API URL or a Convene event) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/site-builds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State, place in the queue, progress, log and links of a site build */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Cancel a site build that has not started */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/site-builds/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A finished site build's zip */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/social-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a social-link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                link: string;
                                name: string;
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SocialLinkResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/social-links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one social-link */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SocialLinkResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a social-link */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a social-link */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                link?: string;
                                name?: string;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SocialLinkResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/social-links/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a social-link */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/social-links/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a social-link */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/speakers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a speaker */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                city?: string | null;
                                country?: string | null;
                                email?: string | null;
                                facebook?: string | null;
                                gender?: string | null;
                                github?: string | null;
                                instagram?: string | null;
                                "is-featured"?: boolean;
                                linkedin?: string | null;
                                "long-biography"?: string | null;
                                mastodon?: string | null;
                                mobile?: string | null;
                                name: string;
                                organisation?: string | null;
                                "photo-url"?: string | null;
                                position?: string | null;
                                "short-biography"?: string | null;
                                "speaking-experience"?: string | null;
                                twitter?: string | null;
                                website?: string | null;
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                                user?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SpeakerResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/speakers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one speaker */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SpeakerResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a speaker */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a speaker */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                city?: string | null;
                                country?: string | null;
                                email?: string | null;
                                facebook?: string | null;
                                gender?: string | null;
                                github?: string | null;
                                instagram?: string | null;
                                "is-featured"?: boolean;
                                linkedin?: string | null;
                                "long-biography"?: string | null;
                                mastodon?: string | null;
                                mobile?: string | null;
                                name?: string;
                                organisation?: string | null;
                                "photo-url"?: string | null;
                                position?: string | null;
                                "short-biography"?: string | null;
                                "speaking-experience"?: string | null;
                                twitter?: string | null;
                                website?: string | null;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                                user?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SpeakerResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/speakers/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a speaker */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/speakers/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a speaker */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/speakers/{key}/relationships/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sessions linkage of a speaker */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/speakers/{key}/relationships/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user linkage of a speaker */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/speakers/{key}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sessions of a speaker, as a list */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SessionResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/speakers/{key}/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user of a speaker */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UserResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sponsors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a sponsor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                description?: string | null;
                                level?: number | null;
                                "logo-url"?: string | null;
                                name: string;
                                position?: number;
                                type?: string | null;
                                url?: string | null;
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SponsorResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sponsors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one sponsor */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SponsorResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a sponsor */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a sponsor */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                description?: string | null;
                                level?: number | null;
                                "logo-url"?: string | null;
                                name?: string;
                                position?: number;
                                type?: string | null;
                                url?: string | null;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SponsorResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/sponsors/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a sponsor */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sponsors/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a sponsor */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State, progress and result of a task (its starter and admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A finished export's file (token also as ?access_token=) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State changes and progress of a task as Server-Sent Events (token also as ?access_token=, for EventSource) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tax/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a tax */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List taxes of visible events */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TaxResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a tax */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                address?: string | null;
                                city?: string | null;
                                "contact-name"?: string | null;
                                country?: string | null;
                                email?: string | null;
                                "invoice-footer"?: string | null;
                                "is-tax-included-in-price"?: boolean;
                                name: string;
                                phone?: string | null;
                                rate: number | string;
                                "registered-company"?: string | null;
                                "should-send-invoice"?: boolean;
                                state?: string | null;
                                "tax-id"?: string | null;
                                zip?: string | null;
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TaxResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one tax */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TaxResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a tax */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a tax */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                address?: string | null;
                                city?: string | null;
                                "contact-name"?: string | null;
                                country?: string | null;
                                email?: string | null;
                                "invoice-footer"?: string | null;
                                "is-tax-included-in-price"?: boolean;
                                name?: string;
                                phone?: string | null;
                                rate?: number | string;
                                "registered-company"?: string | null;
                                "should-send-invoice"?: boolean;
                                state?: string | null;
                                "tax-id"?: string | null;
                                zip?: string | null;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TaxResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/taxes/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a tax */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxes/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a tax */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a ticket */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                description?: string | null;
                                "is-hidden"?: boolean;
                                "max-order"?: number;
                                "max-price"?: (number | string) | null;
                                "min-order"?: number;
                                "min-price"?: (number | string) | null;
                                name: string;
                                position?: number;
                                price?: number | string;
                                quantity?: number;
                                "sales-ends-at"?: string | null;
                                "sales-starts-at"?: string | null;
                                type: "free" | "paid" | "donation";
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TicketResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one ticket */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TicketResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a ticket */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a ticket */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                description?: string | null;
                                "is-hidden"?: boolean;
                                "max-order"?: number;
                                "max-price"?: (number | string) | null;
                                "min-order"?: number;
                                "min-price"?: (number | string) | null;
                                name?: string;
                                position?: number;
                                price?: number | string;
                                quantity?: number;
                                "sales-ends-at"?: string | null;
                                "sales-starts-at"?: string | null;
                                type?: "free" | "paid" | "donation";
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TicketResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/tickets/{id}/order-statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The original's order statistics of a ticket */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                attributes: {
                                    orders: {
                                        [key: string]: number;
                                    };
                                    sales: {
                                        [key: string]: number;
                                    };
                                    tickets: {
                                        [key: string]: number;
                                    };
                                };
                                id: string;
                                links: {
                                    self: string;
                                };
                                /** @enum {string} */
                                type: "order-statistics-ticket";
                            };
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{key}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attendees of a ticket, as a list */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["AttendeeResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{key}/discount-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The discount-codes of a ticket, as a list */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["DiscountCodeResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a ticket */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{key}/relationships/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attendees linkage of a ticket */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{key}/relationships/discount-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The discount-codes linkage of a ticket */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a ticket */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a track */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                color: string;
                                description?: string | null;
                                "font-color"?: string | null;
                                name: string;
                                position?: number;
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TrackResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tracks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one track */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TrackResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a track */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a track */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                color?: string;
                                description?: string | null;
                                "font-color"?: string | null;
                                name?: string;
                                position?: number;
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TrackResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/tracks/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a track */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tracks/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a track */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tracks/{key}/relationships/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sessions linkage of a track */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tracks/{key}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sessions of a track, as a list */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SessionResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/user-favourite-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bookmark a session (the same bookmark again is answered 200) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: Record<string, never>;
                            id?: string;
                            relationships?: {
                                session?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UserFavouriteSessionResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/user-favourite-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One bookmark (its owner and admins) */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UserFavouriteSessionResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a bookmark */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (admins) */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UserResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Sign up */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                "avatar-url"?: string | null;
                                contact?: string | null;
                                details?: string | null;
                                /** Format: email */
                                email: string;
                                "facebook-url"?: string | null;
                                "first-name"?: string | null;
                                "google-plus-url"?: string | null;
                                "instagram-url"?: string | null;
                                "last-name"?: string | null;
                                password: string;
                                "public-name"?: string | null;
                                "twitter-url"?: string | null;
                            };
                            id?: string;
                            relationships?: Record<string, never>;
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UserResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users-events-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a users-events-role */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                role: "owner" | "organizer" | "coorganizer" | "track_organizer" | "moderator" | "registrar";
                            };
                            id?: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                                track?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                                user?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UsersEventsRoleResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users-events-roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one users-events-role */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UsersEventsRoleResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a users-events-role */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a users-events-role */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                role?: "owner" | "organizer" | "coorganizer" | "track_organizer" | "moderator" | "registrar";
                            };
                            id: string;
                            relationships?: {
                                event?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                                track?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    } | null;
                                };
                                user?: {
                                    data: {
                                        id: string;
                                        type: string;
                                    };
                                };
                            };
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UsersEventsRoleResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/users-events-roles/{key}/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event of a users-events-role */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users-events-roles/{key}/relationships/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event linkage of a users-events-role */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users-events-roles/{key}/relationships/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The track linkage of a users-events-role */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users-events-roles/{key}/relationships/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user linkage of a users-events-role */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                type: string;
                            } | {
                                id: string;
                                type: string;
                            }[] | null;
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                related: string;
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users-events-roles/{key}/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The track of a users-events-role */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["TrackResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users-events-roles/{key}/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user of a users-events-role */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UserResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UserResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an account */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            jsonapi: {
                                version: string;
                            };
                            meta: {
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an account */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes?: {
                                "avatar-url"?: string | null;
                                contact?: string | null;
                                details?: string | null;
                                /** Format: email */
                                email?: string;
                                "facebook-url"?: string | null;
                                "first-name"?: string | null;
                                "google-plus-url"?: string | null;
                                "instagram-url"?: string | null;
                                "last-name"?: string | null;
                                password?: string;
                                "public-name"?: string | null;
                                "twitter-url"?: string | null;
                            };
                            id: string;
                            relationships?: Record<string, never>;
                            type: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UserResource"];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                self: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/users/{id}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's own orders, newest first (that person and admins) */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["OrderResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/user-favourite-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's bookmarked sessions (that person and admins) */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["UserFavouriteSessionResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{key}/speakers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The speakers of a user (that user and admins) */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["SpeakerResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events the user holds a role on (the user and admins) */
        get: {
            parameters: {
                query?: {
                    /** @description Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README) */
                    filter?: string;
                    /** @description Comma-separated relationship paths to include */
                    include?: string;
                    /** @description Page number, from 1 */
                    "page[number]"?: string;
                    /** @description Page size; 0 asks for all (capped at PAGE_SIZE_MAX) */
                    "page[size]"?: string;
                    /** @description Comma-separated attribute names; a leading "-" sorts descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.api+json": {
                            data: components["schemas"]["EventResource"][];
                            included?: {
                                attributes: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            jsonapi: {
                                version: string;
                            };
                            links: {
                                first?: string;
                                last?: string;
                                next?: string;
                                prev?: string;
                                self: string;
                            };
                            meta: {
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/check_email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Whether an account uses this e-mail address (sign-up forms ask before sending) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exists: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AccessCodeResource */
        AccessCodeResource: {
            attributes: {
                "access-url": string | null;
                code: string;
                "created-at": string | null;
                "deleted-at"?: null;
                "is-active": boolean;
                "max-quantity": number | null;
                "min-quantity": number;
                "tickets-number": number | null;
                used: number | null;
                "valid-from": string | null;
                "valid-till": string | null;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                tickets?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "access-code";
        };
        /** AttendeeResource */
        AttendeeResource: {
            attributes: {
                address: string | null;
                "attendee-notes"?: null;
                "billing-address"?: null;
                "birth-date"?: null;
                blog?: null;
                "checkin-times": string | null;
                "checkout-times": string | null;
                city: string | null;
                company: string | null;
                "complex-field-values": {
                    [key: string]: string | number | boolean | null;
                };
                country: string | null;
                "created-at": string | null;
                "deleted-at"?: null;
                "device-name-checkin": string | null;
                email: string | null;
                facebook?: null;
                firstname: string | null;
                gender?: null;
                github?: null;
                "home-address"?: null;
                identifier: string | null;
                "is-checked-in": boolean;
                "is-checked-out": boolean | null;
                "is-registered"?: boolean;
                "job-title": string | null;
                lastname: string | null;
                "order-number": string | null;
                "order-status": ("initializing" | "pending" | "placed" | "completed" | "cancelled" | "expired") | null;
                "pdf-url"?: null;
                phone: string | null;
                "register-times"?: null;
                "shipping-address"?: null;
                state: string | null;
                "tax-business-info"?: null;
                "ticket-code": string | null;
                "ticket-id": unknown;
                "ticket-name": string | null;
                "ticket-price": number | null;
                twitter?: null;
                website?: null;
                "work-address"?: null;
                "work-phone"?: null;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                order?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                ticket?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "attendee";
        };
        /** CustomFormResource */
        CustomFormResource: {
            attributes: {
                "created-at": string | null;
                "deleted-at"?: null;
                description: string | null;
                "field-identifier": string;
                /** @enum {string} */
                form: "attendee";
                "is-complex": unknown;
                "is-included": boolean;
                "is-required": boolean;
                name: string;
                options: string[] | null;
                position: number;
                type: "text" | "email" | "number" | "select" | "checkbox" | "paragraph";
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "custom-form";
        };
        /** DiscountCodeResource */
        DiscountCodeResource: {
            attributes: {
                code: string;
                "created-at": string | null;
                "deleted-at"?: null;
                "discount-url"?: null;
                "is-active": boolean;
                "max-quantity": number | null;
                "min-quantity": number;
                "tickets-number": number | null;
                type: "amount" | "percent";
                used: number;
                "used-for"?: string;
                "valid-from": string | null;
                "valid-till": string | null;
                value: number;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                tickets?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "discount-code";
        };
        /** EventCopyrightResource */
        EventCopyrightResource: {
            attributes: {
                "deleted-at"?: null;
                holder: string | null;
                "holder-url": string | null;
                licence: string;
                "licence-url": string | null;
                "logo-url": string | null;
                year: number | null;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "event-copyright";
        };
        /** EventResource */
        EventResource: {
            attributes: {
                "after-order-message": string | null;
                "bank-details": string | null;
                "can-pay-by-bank": boolean;
                "can-pay-by-cheque": boolean;
                "can-pay-by-invoice": boolean;
                "can-pay-by-omise"?: boolean;
                "can-pay-by-paypal"?: boolean;
                "can-pay-by-stripe"?: boolean;
                "can-pay-onsite": boolean;
                "cheque-details": string | null;
                "code-of-conduct": string | null;
                "created-at": string | null;
                "deleted-at"?: null;
                description: string | null;
                /** Format: date-time */
                "ends-at": string;
                "external-event-url": string | null;
                "has-owner-info": boolean;
                "ical-url": unknown;
                "icon-image-url": string | null;
                identifier: string | null;
                "invoice-details": string | null;
                "is-billing-info-mandatory": boolean;
                "is-map-shown": boolean;
                "is-sessions-speakers-enabled": boolean;
                "is-sponsors-enabled": boolean;
                "is-stripe-linked"?: boolean;
                "is-tax-enabled": boolean;
                "is-ticketing-enabled": boolean;
                "large-image-url": string | null;
                latitude: number | null;
                "location-name": string | null;
                "logo-url": string | null;
                longitude: number | null;
                name: string;
                online: boolean;
                "onsite-details": string | null;
                "original-image-url": string | null;
                "owner-description": string | null;
                "owner-name": string | null;
                "payment-country": string | null;
                "payment-currency": string;
                "paypal-email"?: null;
                "pentabarf-url": unknown;
                privacy: "public" | "private";
                "refund-policy": string | null;
                "schedule-published-on": string | null;
                "searchable-location-name": string | null;
                /** Format: date-time */
                "starts-at": string;
                state: "draft" | "published";
                "thumbnail-image-url": string | null;
                "ticket-url": string | null;
                timezone: string;
                "xcal-url": unknown;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                attendees?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                "discount-codes"?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                "event-copyright"?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                microlocations?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                orders?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                "role-invites"?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                "session-types"?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                sessions?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                "social-links"?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                speakers?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                sponsors?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                tax?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                tickets?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                tracks?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "event";
        };
        /** FaqResource */
        FaqResource: {
            attributes: {
                answer: string;
                "created-at": string | null;
                "deleted-at"?: null;
                position: number;
                question: string;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                "faq-type"?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "faq";
        };
        /** FaqTypeResource */
        FaqTypeResource: {
            attributes: {
                "created-at": string | null;
                "deleted-at"?: null;
                name: string;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "faq-type";
        };
        /** MicrolocationResource */
        MicrolocationResource: {
            attributes: {
                "deleted-at"?: null;
                floor: number | null;
                "hidden-in-scheduler": boolean;
                latitude: number | null;
                longitude: number | null;
                name: string;
                position: number;
                room: string | null;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                sessions?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "microlocation";
        };
        /** OrderResource */
        OrderResource: {
            attributes: {
                address: string | null;
                amount: number | null;
                brand?: null;
                "buyer-email": string | null;
                "buyer-name": string | null;
                "cancel-note": string | null;
                city: string | null;
                company: string | null;
                "completed-at": string | null;
                country: string | null;
                "created-at": string | null;
                currency: string | null;
                "deleted-at"?: null;
                "discount-amount": number | null;
                "discount-code-id": unknown;
                "exp-month"?: null;
                "exp-year"?: null;
                identifier: string | null;
                "invoice-number": unknown;
                "is-billing-enabled": unknown;
                "is-tax-included": boolean | null;
                last4?: null;
                "order-notes": string | null;
                "paid-via": string | null;
                "payment-mode": ("free" | "bank" | "cheque" | "onsite" | "invoice") | null;
                state: string | null;
                status: "initializing" | "pending" | "placed" | "completed" | "cancelled" | "expired";
                "sub-total": number | null;
                "tax-amount": number | null;
                "tax-business-info": string | null;
                "ticket-count": number | null;
                "tickets-pdf-url"?: null;
                "transaction-id": string | null;
                zipcode: string | null;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                "access-code"?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                attendees?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                "discount-code"?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                tickets?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                user?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "order";
        };
        /** RoleInviteResource */
        RoleInviteResource: {
            attributes: {
                /** Format: date-time */
                "created-at": string;
                "deleted-at"?: null;
                email: string;
                "responded-at": string | null;
                "role-name": "owner" | "organizer" | "coorganizer" | "track_organizer" | "moderator" | "registrar";
                /** Format: date-time */
                "sent-at": string;
                status: "pending" | "accepted" | "declined" | "withdrawn";
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                "invited-by"?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                track?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "role-invite";
        };
        /** ScheduleVersionResource */
        ScheduleVersionResource: {
            attributes: {
                comment: string | null;
                "deleted-at"?: null;
                name: string;
                number: number;
                /** Format: date-time */
                "published-at": string;
                "published-by": string | null;
                "session-count": number | null;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "schedule-version";
        };
        /** SessionResource */
        SessionResource: {
            attributes: {
                "audio-url": string | null;
                "average-rating"?: null;
                comments?: string | null;
                "created-at": string | null;
                "deleted-at"?: null;
                "ends-at": string | null;
                "is-mail-sent"?: boolean;
                language: string | null;
                "last-modified-at"?: null;
                level: ("Beginner" | "Intermediate" | "Advanced" | "Expert") | null;
                "lock-version": number | null;
                "long-abstract": string | null;
                "microlocation-name": string | null;
                "session-type-name": string | null;
                "short-abstract": string | null;
                "signup-url": string | null;
                "slides-url": string | null;
                "starts-at": string | null;
                state: "pending" | "accepted" | "confirmed" | "rejected" | "draft" | "canceled" | "withdrawn";
                "submitted-at": unknown;
                subtitle: string | null;
                title: string;
                "track-name": string | null;
                "video-url": string | null;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                microlocation?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                "session-type"?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                speakers?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                track?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "session";
        };
        /** SessionTypeResource */
        SessionTypeResource: {
            attributes: {
                "deleted-at"?: null;
                length: string;
                name: string;
                position: number;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                sessions?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "session-type";
        };
        /** SocialLinkResource */
        SocialLinkResource: {
            attributes: {
                "deleted-at"?: null;
                link: string;
                name: string;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "social-link";
        };
        /** SpeakerResource */
        SpeakerResource: {
            attributes: {
                city: string | null;
                country: string | null;
                "created-at": string | null;
                "deleted-at"?: null;
                email?: string | null;
                facebook: string | null;
                gender: string | null;
                github: string | null;
                "heard-from"?: null;
                instagram: string | null;
                "is-email-overridden"?: boolean;
                "is-featured": boolean;
                linkedin: string | null;
                "long-biography": string | null;
                mastodon: string | null;
                mobile?: string | null;
                name: string;
                organisation: string | null;
                "photo-url": string | null;
                position: string | null;
                "short-biography": string | null;
                "speaking-experience": string | null;
                "sponsorship-required"?: null;
                twitter: string | null;
                website: string | null;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                sessions?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                user?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "speaker";
        };
        /** SponsorResource */
        SponsorResource: {
            attributes: {
                "deleted-at"?: null;
                description: string | null;
                level: number | null;
                "logo-url": string | null;
                name: string;
                position: number;
                type: string | null;
                url: string | null;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "sponsor";
        };
        /** TaxResource */
        TaxResource: {
            attributes: {
                address?: string | null;
                city?: string | null;
                "contact-name"?: string | null;
                country?: string | null;
                "deleted-at"?: null;
                email?: string | null;
                "invoice-footer"?: string | null;
                "is-invoice-sent"?: boolean;
                "is-tax-included-in-price": boolean;
                name: string;
                phone?: string | null;
                rate: number;
                "registered-company"?: string | null;
                "should-send-invoice"?: boolean;
                state?: string | null;
                "tax-id"?: string | null;
                zip?: string | null;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "tax";
        };
        /** TicketResource */
        TicketResource: {
            attributes: {
                "auto-checkin-enabled"?: boolean;
                available: unknown;
                "deleted-at"?: null;
                description: string | null;
                "is-checkin-restricted"?: boolean;
                "is-description-visible"?: boolean;
                "is-fee-absorbed"?: boolean;
                "is-hidden": boolean;
                "max-order": number;
                "max-price": number | null;
                "min-order": number;
                "min-price": number | null;
                name: string;
                position: number;
                price: number;
                quantity: number;
                "sales-ends-at": string | null;
                "sales-starts-at": string | null;
                type: "free" | "paid" | "donation";
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                attendees?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                "discount-codes"?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "ticket";
        };
        /** TrackResource */
        TrackResource: {
            attributes: {
                color: string;
                "deleted-at"?: null;
                description: string | null;
                "font-color": string | null;
                name: string;
                position: number;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                sessions?: {
                    data?: {
                        id: string;
                        type: string;
                    }[];
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "track";
        };
        /** UserFavouriteSessionResource */
        UserFavouriteSessionResource: {
            attributes: {
                "created-at": string | null;
                "deleted-at"?: null;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                session?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                user?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "user-favourite-session";
        };
        /** UserResource */
        UserResource: {
            attributes: {
                "avatar-url": string | null;
                contact?: string | null;
                "created-at"?: string | null;
                "deleted-at"?: null;
                details?: string | null;
                email?: string;
                "facebook-id"?: null;
                "facebook-url"?: string | null;
                "first-name": string | null;
                "google-plus-url"?: string | null;
                "icon-image-url"?: null;
                "instagram-url"?: string | null;
                "is-admin"?: boolean | null;
                "is-marketer"?: boolean;
                "is-sales-admin"?: boolean;
                "is-super-admin"?: boolean | null;
                "is-user-coorganizer"?: boolean | null;
                "is-user-moderator"?: boolean | null;
                "is-user-organizer"?: boolean | null;
                "is-user-owner"?: boolean | null;
                "is-user-registrar"?: boolean | null;
                "is-user-track-organizer"?: boolean | null;
                "is-verified"?: boolean | null;
                "last-accessed-at"?: null;
                "last-name": string | null;
                "original-image-url"?: null;
                "public-name": string | null;
                "small-image-url"?: null;
                "thumbnail-image-url"?: null;
                "twitter-url"?: string | null;
                "was-registered-with-order"?: boolean;
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: Record<string, never>;
            /** @enum {string} */
            type: "user";
        };
        /** UsersEventsRoleResource */
        UsersEventsRoleResource: {
            attributes: {
                "created-at": string | null;
                "deleted-at"?: null;
                role: "owner" | "organizer" | "coorganizer" | "track_organizer" | "moderator" | "registrar";
            };
            id: string;
            links: {
                self: string;
            };
            relationships?: {
                event?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                track?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
                user?: {
                    data?: {
                        id: string;
                        type: string;
                    } | null;
                    links: {
                        related: string;
                        self: string;
                    };
                };
            };
            /** @enum {string} */
            type: "users-events-role";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
