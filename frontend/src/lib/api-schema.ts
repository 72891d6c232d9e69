// Generated from the backend OpenAPI document by `npm run api:generate` (make frontend-api). Do not edit.

export interface paths {
    "/api/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List activity, newest first: search, sort, filter by action, record, person, local dates (owner, admin). */
        get: {
            parameters: {
                query?: {
                    /** @description Words the person's name or the record's label start with; accents do not matter. */
                    q?: string;
                    action?: "create" | "update" | "delete" | "archive" | "restore" | "assign" | "unassign" | "comment";
                    entity_type?: "client" | "trainer" | "session" | "session_series" | "organization" | "exercise";
                    entity_id?: number;
                    actor_id?: number;
                    /** @description First day included, in the organization's time zone. */
                    date_from?: string;
                    /** @description Last day included, in the organization's time zone. */
                    date_to?: string;
                    /** @description created_at, actor_name or entity_label; '-' for descending (default -created_at). */
                    sort?: "created_at" | "actor_name" | "entity_label" | "-created_at" | "-actor_name" | "-entity_label";
                    page?: number;
                    per_page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivityEntryPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/activity/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the activity matching the list's filters as CSV or Excel (owner, admin). */
        get: {
            parameters: {
                query?: {
                    /** @description Words the person's name or the record's label start with; accents do not matter. */
                    q?: string;
                    action?: "create" | "update" | "delete" | "archive" | "restore" | "assign" | "unassign" | "comment";
                    entity_type?: "client" | "trainer" | "session" | "session_series" | "organization" | "exercise";
                    entity_id?: number;
                    actor_id?: number;
                    /** @description First day included, in the organization's time zone. */
                    date_from?: string;
                    /** @description Last day included, in the organization's time zone. */
                    date_to?: string;
                    /** @description created_at, actor_name or entity_label; '-' for descending (default -created_at). */
                    sort?: "created_at" | "actor_name" | "entity_label" | "-created_at" | "-actor_name" | "-entity_label";
                    /** @description `csv` (default) or `xlsx`: an Excel workbook with typed cells, times in your zone. */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, as an attachment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/activity/filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The actions and record types activity can be filtered by, with their labels (owner, admin). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivityFilters"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/activity/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count entries in total (up to 10,000), today and this week in the organization's zone (owner, admin). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivityStats"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/assignments/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign one trainer to many clients, skipping those who have them already (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BulkAssignment"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulkAssignmentResult"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in a browser: sets httpOnly token cookies and the CSRF cookies. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Login"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: this sign-in's access and refresh tokens stop working everywhere, cookie or Bearer. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account, its organization and its linked trainer or client profile. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the signed-in account's name or time zone. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password; every other session is signed out, this browser gets new cookies. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordChange"];
                };
            };
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a one-time link to choose a new password; the answer is the same for unknown emails. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Email"];
                };
            };
            responses: {
                /** @description Accepted */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkRequested"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password through a reset link: every session ends, and this browser is signed in. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordReset"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Whose password a reset link sets, and until when it works. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LinkToken"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkPreview"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange the refresh token (cookie or Bearer) for a new access token and its successor; it works once. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RefreshedTokens"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a studio and its owner account, and sign the owner in. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignUp"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange credentials for Bearer tokens (for callers other than the web app). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Login"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TokenPair"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a link that lets this browser sign in without waiting after failed attempts; same answer for anyone. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Email"];
                };
            };
            responses: {
                /** @description Accepted */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkRequested"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/unlock/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Spend an unlock link: this browser may sign in to the account without waiting (the password is still needed). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LinkToken"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unlocked"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calendar feeds the caller may manage (without their tokens). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    active?: boolean;
                    /** @description Only this trainer's feeds. */
                    trainer_id?: number;
                    /** @description Only this client's feeds. */
                    client_id?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Issue a private feed URL for a trainer or client, revoking the previous one; shown once. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeedCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedCreated"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/feeds/{feed_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                feed_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a feed: its URL stops working at once. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    feed_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/feeds/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        /** The iCalendar feed itself; the unguessable token in the URL is the credential. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List clients (a trainer only their own): search, filter, sort, paginate. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Prefix search over name, email, phone. */
                    q?: string;
                    /** @description One status, or `all`; by default every client that is not archived. */
                    status?: "lead" | "active" | "paused" | "inactive" | "archived" | "all";
                    tag?: string;
                    /** @description Clients currently assigned to this trainer. */
                    trainer_id?: number;
                    /** @description true: clients without a current trainer; false: clients with one. */
                    unassigned?: boolean;
                    /** @description Only these clients, e.g. `3,5,8`. */
                    ids?: string;
                    sort?: "last_name" | "first_name" | "email" | "status" | "start_date" | "created_at" | "-last_name" | "-first_name" | "-email" | "-status" | "-start_date" | "-created_at";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Add a client (owner, admin, trainer; a trainer becomes the client's primary trainer). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientDetail"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/bulk-archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive many clients at once, all or none (a trainer only their own). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientBulkIds"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientBulkArchiveResult"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/bulk-restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore many archived clients at once to their former status, all or none (a trainer only their own). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientBulkIds"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientBulkRestoreResult"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the clients matching the list's filters as CSV or Excel (a trainer only their own). */
        get: {
            parameters: {
                query?: {
                    /** @description Prefix search over name, email, phone. */
                    q?: string;
                    /** @description One status, or `all`; by default every client that is not archived. */
                    status?: "lead" | "active" | "paused" | "inactive" | "archived" | "all";
                    tag?: string;
                    /** @description Clients currently assigned to this trainer. */
                    trainer_id?: number;
                    /** @description true: clients without a current trainer; false: clients with one. */
                    unassigned?: boolean;
                    /** @description Only these clients, e.g. `3,5,8`. */
                    ids?: string;
                    sort?: "last_name" | "first_name" | "email" | "status" | "start_date" | "created_at" | "-last_name" | "-first_name" | "-email" | "-status" | "-start_date" | "-created_at";
                    /** @description `csv` (default) or `xlsx`: an Excel workbook with typed cells, times in your zone. */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, as an attachment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/clients/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check (dry_run, the default) or import a CSV of clients in one go, matching existing ones by email. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientImport"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientImportResult"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/imports/inspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read a CSV of clients: its columns with sample values and a suggested mapping (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientImportFile"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientImportInspection"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** One client with their current trainers; a client reading their own record sees no staff-only fields. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientDetail"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        post?: never;
        /** Delete a client for good, with their assignments and login (owner, admin). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        options?: never;
        head?: never;
        /** Edit a client (owner, admin, the client's trainers). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientDetail"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/clients/{client_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a client: hidden from lists, history kept (owner, admin, the client's trainers). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientDetail"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{client_id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** A client's current trainers, or their whole history (anyone who may see the client). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Also list ended assignments: the client's full history. */
                    include_ended?: boolean;
                };
                header?: never;
                path: {
                    client_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssignmentPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Assign a trainer to a client (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssignmentCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assignment"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{client_id}/assignments/{trainer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
                trainer_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a trainer's assignment to a client, keeping it in the history (owner, admin). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                    trainer_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        options?: never;
        head?: never;
        /** Make a trainer the client's primary trainer (owner, admin). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                    trainer_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssignmentUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assignment"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/clients/{client_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore an archived client to their former status (owner, admin, the client's trainers). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientDetail"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Client and trainer counts, weekly sign-ups and recent activity: the studio's, or a trainer's own. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dashboard"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/dashboard/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The first-run checklist: which setup steps the studio has done (owner, admin). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Checklist"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        /** Hide the first-run checklist for the whole studio, or show it again (owner, admin). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChecklistUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Checklist"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exercises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the studio's library (built-in exercises it has not replaced, and its own): search, filter, page. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Prefix search over the name and aliases. */
                    q?: string;
                    /** @description Works this muscle, as a primary or a secondary one. */
                    muscle?: "abdominals" | "abductors" | "adductors" | "biceps" | "calves" | "chest" | "forearms" | "glutes" | "hamstrings" | "lats" | "lower_back" | "middle_back" | "neck" | "obliques" | "quadriceps" | "shoulders" | "traps" | "triceps";
                    /** @description Uses this equipment. */
                    equipment?: "barbell" | "dumbbell" | "kettlebell" | "cable" | "machine" | "smith_machine" | "body_only" | "bands" | "medicine_ball" | "exercise_ball" | "foam_roll" | "ez_bar" | "trap_bar" | "pull_up_bar" | "bench" | "box" | "sled" | "rower" | "bike" | "treadmill" | "jump_rope" | "other";
                    category?: "strength" | "cardio" | "mobility" | "stretching" | "plyometric" | "olympic_weightlifting" | "powerlifting" | "strongman" | "conditioning";
                    level?: "beginner" | "intermediate" | "advanced";
                    measurement?: "reps" | "reps_load" | "time" | "distance" | "time_distance";
                    /** @description include: archived exercises too; only: just those. By default none. */
                    archived?: "include" | "only";
                    sort?: "name" | "-name";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExercisePage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Add an exercise of the studio's own (owner, admin, trainer). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExerciseCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Exercise"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exercises/{exercise_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exercise_id: number;
            };
            cookie?: never;
        };
        /** One exercise: built in or the studio's own. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    exercise_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Exercise"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an exercise; a built-in one is never changed: the studio's own copy is made or edited and returned. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    exercise_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExerciseUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExerciseChange"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/exercises/{exercise_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exercise_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive an exercise for the studio (owner, admin); a built-in one gets an archived studio copy, returned. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    exercise_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExerciseChange"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exercises/{exercise_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exercise_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring an archived exercise back to the studio's library (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    exercise_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExerciseChange"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 200 when the app and its database answer, 503 when the database does not. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description The database does not answer. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations of the organization, newest first, with who sent them. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitationPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Invite an admin, trainer or client by email; the link is returned once and emailed. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InvitationCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IssuedInvitation"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: create the account with its password and sign it in. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InvitationAccept"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an invitation link offers: organization, email and role (no sign-in needed). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InvitationToken"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitationPreview"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitation_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a pending invitation. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invitation_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{invitation_id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitation_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a pending invitation again with a fresh link and expiry; the previous link stops working. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invitation_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IssuedInvitation"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's organization. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename the organization or change its time zone or country (owner, admin). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganizationUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/scheduling/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's scheduling settings (reminder offsets). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Settings"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        /** Change when reminders fall due (owners, admins). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Settings"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book a recurring series from an RRULE; occurrences exist as sessions a year ahead. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SeriesCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Series"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/series/{series_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                series_id: number;
            };
            cookie?: never;
        };
        /** One series: its rule, time zone and how far its occurrences are materialised. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    series_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Series"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/series/{series_id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                series_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Materialise a series' occurrences further ahead (up to three years). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    series_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Extend"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Series"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sessions overlapping [from, to) by start: the calendar's range query, filterable by trainer/client. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31. Sessions ending after this instant. */
                    from?: string;
                    /** @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31. Sessions starting before this instant. */
                    to?: string;
                    trainer_id?: number;
                    client_id?: number;
                    series_id?: number;
                    status?: ("scheduled" | "completed" | "cancelled" | "no_show" | "late_cancel")[];
                    /** @description By start, earliest first; `-starts_at` for the latest first (past sessions). */
                    sort?: "starts_at" | "-starts_at";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Book one session (trainers on their own calendar); 409 names the session in the way. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SessionCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the sessions matching the filters as CSV or Excel (staff; trainers their own). */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31. Sessions ending after this instant. */
                    from?: string;
                    /** @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31. Sessions starting before this instant. */
                    to?: string;
                    trainer_id?: number;
                    client_id?: number;
                    series_id?: number;
                    /** @description `csv` (default) or `xlsx`: an Excel workbook with typed cells, times in your zone. */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, as an attachment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        /** One session. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    session_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move, resize or edit a session; for an occurrence, scope=this|following|all. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    session_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SessionUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/sessions/{session_id}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        /** Download one session as an iCalendar file. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    session_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/sessions/{session_id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a session completed, no_show or late_cancel; every change is kept in its history. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    session_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Attendance"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a session, or with scope=following|all the rest of its series; the slot is freed. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    session_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Cancel"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{session_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        /** The session's attendance and cancellation history, oldest first. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                };
                header?: never;
                path: {
                    session_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatusChangePage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/sessions/{session_id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        /** The session's reminder records, by due time. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                };
                header?: never;
                path: {
                    session_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/time-off/{time_off_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                time_off_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove time off. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    time_off_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List trainers: search, filter by specialization and archive state, sort, paginate. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Prefix search over name, email, phone. */
                    q?: string;
                    specialization?: string;
                    status?: "active" | "archived" | "all";
                    sort?: "last_name" | "first_name" | "email" | "created_at" | "-last_name" | "-first_name" | "-email" | "-created_at";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainerPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Add a trainer (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainerCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trainer"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the trainers matching the list's filters as CSV or Excel (owner, admin). */
        get: {
            parameters: {
                query?: {
                    /** @description Prefix search over name, email, phone. */
                    q?: string;
                    specialization?: string;
                    status?: "active" | "archived" | "all";
                    sort?: "last_name" | "first_name" | "email" | "created_at" | "-last_name" | "-first_name" | "-email" | "-created_at";
                    /** @description `csv` (default) or `xlsx`: an Excel workbook with typed cells, times in your zone. */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, as an attachment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/trainers/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Coach clients yourself: link a trainer profile to your own account, or create one from it (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CoachYourself"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trainer"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainers/{trainer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trainer_id: number;
            };
            cookie?: never;
        };
        /** One trainer. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainer_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trainer"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        post?: never;
        /** Delete a trainer for good, with their assignments and login (owner, admin). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainer_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        options?: never;
        head?: never;
        /** Edit a trainer (owner, admin; a trainer their own profile). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainer_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainerUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trainer"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/trainers/{trainer_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trainer_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a trainer: hidden from lists, login disabled, history kept (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainer_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trainer"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainers/{trainer_id}/free-slots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trainer_id: number;
            };
            cookie?: never;
        };
        /** A trainer's free slots of `duration` minutes between two local days where the `client_ids` are free too. */
        get: {
            parameters: {
                query: {
                    page?: number;
                    per_page?: number;
                    /** @description First local day. */
                    from: string;
                    /** @description Last local day (inclusive). */
                    to: string;
                    duration: number;
                    step?: number;
                    /** @description Leave out times when one of these clients is busy (repeat the parameter). */
                    client_ids?: number[];
                };
                header?: never;
                path: {
                    trainer_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FreeSlotPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/trainers/{trainer_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trainer_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore an archived trainer (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainer_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trainer"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainers/{trainer_id}/time-off": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trainer_id: number;
            };
            cookie?: never;
        };
        /** A trainer's time off. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31. */
                    from?: string;
                    /** @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31. */
                    to?: string;
                };
                header?: never;
                path: {
                    trainer_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeOffPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Add time off: no booking inside it without an owner/admin override. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainer_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TimeOff"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeOff"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainers/{trainer_id}/working-hours": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trainer_id: number;
            };
            cookie?: never;
        };
        /** A trainer's weekly working hours (local time of the organization). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainer_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkingHours"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        /** Replace a trainer's weekly working hours (owners, admins, the trainer). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trainer_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WorkingHours"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkingHours"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/commented-workouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Workouts with comments, most recently commented first (a client: their own). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommentedWorkoutPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/training/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each client's share of prescribed workouts completed in the last 7 and 28 days (a trainer: their own). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Words the client's name starts with; accents do not matter. */
                    q?: string;
                    /** @description Only clients who missed (true) or did not miss (false) their last two workouts. */
                    missed_last_two?: boolean;
                    /** @description compliance_7 (lowest first, the default), compliance_28 or name; '-' for descending. Clients with nothing due in the window come last. */
                    sort?: "compliance_7" | "compliance_28" | "name" | "-compliance_7" | "-compliance_28" | "-name";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CompliancePage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/training/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Finished workouts of the clients the caller coaches, newest first. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedItemPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
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
    "/api/workouts/{workout_log_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workout_log_id: string;
            };
            cookie?: never;
        };
        /** The comments on a workout, oldest first (its client, their trainers, managers). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                };
                header?: never;
                path: {
                    workout_log_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommentPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Comment on a workout (its client's trainers and managers; the client replies). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workout_log_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CommentWrite"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Comment"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workouts/{workout_log_id}/comments/{comment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workout_log_id: string;
                comment_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a comment (its author, or a manager). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workout_log_id: string;
                    comment_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        options?: never;
        head?: never;
        /** Edit a comment (its author only). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workout_log_id: string;
                    comment_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CommentWrite"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Comment"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActivityChange: {
            after: unknown;
            before: unknown;
            /** @description The field's name in the record. */
            field: string;
            /**
             * @description How to show the values: instant (UTC, to show in the reader's zone), date, period ([start, end] instants), local (wall-clock, no zone), list, flag, choice (a code to humanise), money, number, minutes, minutes_before (reminder offsets), text.
             * @enum {string}
             */
            kind: "text" | "choice" | "date" | "instant" | "local" | "period" | "list" | "flag" | "money" | "number" | "minutes" | "minutes_before";
            /** @description The field's name as people read it. */
            label: string;
        };
        ActivityEntry: {
            /** @enum {string} */
            readonly action?: "create" | "update" | "delete" | "archive" | "restore" | "assign" | "unassign" | "comment";
            /** @description What happened: "Archived". */
            readonly action_label?: string;
            readonly actor_id?: number | null;
            readonly actor_name?: string;
            /** @description The changed fields in reading order, each before and after. */
            readonly changes?: components["schemas"]["ActivityChange"][];
            /** Format: date-time */
            readonly created_at?: string;
            /**
             * Format: date-time
             * @description When the record takes place (a session's start).
             */
            readonly entity_at?: string | null;
            readonly entity_id?: number;
            readonly entity_label?: string;
            /** @enum {string} */
            readonly entity_type?: "client" | "trainer" | "session" | "session_series" | "organization" | "exercise";
            /** @description The kind of record: "Session". */
            readonly entity_type_label?: string;
            readonly id?: number;
        };
        ActivityEntryPage: {
            items: components["schemas"]["ActivityEntry"][];
            meta: components["schemas"]["PageMeta"];
        };
        ActivityFilters: {
            actions: components["schemas"]["Choice"][];
            entity_types: components["schemas"]["Choice"][];
        };
        ActivityStats: {
            /** @description Since Monday 00:00 in the org's zone. */
            this_week: number;
            /** @description Since midnight in the organization's zone. */
            today: number;
            /** @description Entries; when total_is_exact is false, a lower bound. */
            total: number;
            total_is_exact: boolean;
        };
        Assignment: {
            /** Format: date-time */
            readonly assigned_at?: string;
            readonly assigned_by_id?: number | null;
            readonly assigned_by_name?: string | null;
            readonly client_id?: number;
            /**
             * Format: date-time
             * @description Null while current.
             */
            readonly ended_at?: string | null;
            readonly ended_by_id?: number | null;
            readonly ended_by_name?: string | null;
            readonly id?: number;
            readonly is_primary?: boolean;
            readonly trainer_id?: number;
            readonly trainer_name?: string;
        };
        AssignmentCreate: {
            /**
             * @description Make this trainer primary; a client's first trainer always is.
             * @default false
             */
            is_primary?: boolean;
            trainer_id: number;
        };
        AssignmentPage: {
            items: components["schemas"]["Assignment"][];
            meta: components["schemas"]["PageMeta"];
        };
        AssignmentUpdate: {
            is_primary: boolean;
        };
        Attendance: {
            note?: string | null;
            /** @enum {string} */
            status: "completed" | "no_show" | "late_cancel";
        };
        BulkAssignment: {
            client_ids: number[];
            /**
             * @description Make this trainer primary; a client's first trainer always is.
             * @default false
             */
            is_primary?: boolean;
            trainer_id: number;
        };
        BulkAssignmentResult: {
            assigned: number;
            /** @description Clients who already had this trainer. */
            skipped: number;
        };
        Cancel: {
            reason?: string | null;
            /**
             * @default this
             * @enum {string}
             */
            scope?: "this" | "following" | "all";
        };
        Checklist: {
            complete: boolean;
            /** @description Hidden by a manager for the studio. */
            dismissed: boolean;
            steps: components["schemas"]["ChecklistStep"][];
            /** @description The first active trainer, to set hours for. */
            trainer_id: number | null;
        };
        ChecklistStep: {
            /** @description Read from the studio's data. */
            done: boolean;
            /**
             * @description working_hours, invite_trainer, add_clients or book_session.
             * @enum {string}
             */
            key: "working_hours" | "invite_trainer" | "add_clients" | "book_session";
        };
        ChecklistUpdate: {
            dismissed: boolean;
        };
        Choice: {
            label: string;
            value: string;
        };
        Client: {
            /**
             * Format: date-time
             * @description Staff only: not sent to clients.
             */
            readonly archived_at?: string | null;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date */
            date_of_birth?: string | null;
            email?: string | null;
            emergency_contact_name?: string | null;
            emergency_contact_phone?: string | null;
            first_name?: string;
            readonly full_name?: string;
            gender?: string | null;
            goals?: string | null;
            /** @description Staff only: not sent to clients. */
            readonly has_account?: unknown;
            readonly id?: number;
            last_name?: string;
            /** @description The coaches' notes. Staff only: not sent to clients. */
            notes?: string | null;
            phone?: string | null;
            readonly primary_trainer?: components["schemas"]["ClientPrimaryTrainer"] | (Record<string, never> | null);
            /** @description Staff only: not sent to clients. */
            source?: string | null;
            /** Format: date */
            start_date?: string | null;
            status?: string;
            /** @description Staff only: not sent to clients. */
            tags?: string[];
            /** @description Trainers currently assigned. Staff only: not sent to clients. */
            readonly trainer_count?: number;
            /** Format: date-time */
            readonly updated_at?: string;
            /** @description Staff only: not sent to clients. */
            readonly user_id?: number | null;
        };
        ClientBulkArchiveResult: {
            /** @description Clients archived now (those already archived are not counted). */
            archived: number;
        };
        ClientBulkIds: {
            ids: number[];
        };
        ClientBulkRestoreResult: {
            /** @description Clients restored now (those that were not archived are not counted). */
            restored: number;
        };
        ClientCreate: {
            /** Format: date */
            date_of_birth?: string | null;
            /** Format: email */
            email?: string | null;
            emergency_contact_name?: string | null;
            emergency_contact_phone?: string | null;
            first_name: string;
            /** @enum {string|null} */
            gender?: "female" | "male" | "non_binary" | "other" | "prefer_not_to_say" | null;
            goals?: string | null;
            last_name: string;
            notes?: string | null;
            phone?: string | null;
            source?: string | null;
            /** Format: date */
            start_date?: string | null;
            /**
             * @description Archive and restore a client through their own endpoints.
             * @default lead
             * @enum {string}
             */
            status?: "lead" | "active" | "paused" | "inactive";
            tags?: string[];
        };
        ClientDetail: {
            /**
             * Format: date-time
             * @description Staff only: not sent to clients.
             */
            readonly archived_at?: string | null;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date */
            date_of_birth?: string | null;
            email?: string | null;
            emergency_contact_name?: string | null;
            emergency_contact_phone?: string | null;
            first_name?: string;
            readonly full_name?: string;
            gender?: string | null;
            goals?: string | null;
            /** @description Staff only: not sent to clients. */
            readonly has_account?: unknown;
            readonly id?: number;
            last_name?: string;
            /** @description The coaches' notes. Staff only: not sent to clients. */
            notes?: string | null;
            phone?: string | null;
            readonly primary_trainer?: components["schemas"]["ClientPrimaryTrainer"] | (Record<string, never> | null);
            /** @description Staff only: not sent to clients. */
            source?: string | null;
            /** Format: date */
            start_date?: string | null;
            status?: string;
            /** @description Staff only: not sent to clients. */
            tags?: string[];
            /** @description Trainers currently assigned. Staff only: not sent to clients. */
            readonly trainer_count?: number;
            readonly trainers?: components["schemas"]["ClientTrainer"][];
            /** Format: date-time */
            readonly updated_at?: string;
            /** @description Staff only: not sent to clients. */
            readonly user_id?: number | null;
        };
        ClientImport: {
            /**
             * @description Check and count only; write nothing.
             * @default true
             */
            dry_run?: boolean;
            /**
             * @description A client whose email is already here: update with the file's non-empty cells, or skip.
             * @default update
             * @enum {string}
             */
            existing?: "update" | "skip";
            /**
             * Format: byte
             * @description The CSV file's bytes in base64 (UTF-8, UTF-16 or Windows-1252; , ; tab or |).
             */
            file: string;
            /** @description Field → 0-based column index; full_name is split into first and last name. */
            mapping: {
                [key: string]: number;
            };
            /**
             * @description Import the good rows when some have problems (else 422).
             * @default false
             */
            skip_invalid?: boolean;
        };
        ClientImportColumn: {
            index: number;
            name: string;
            /** @description Up to 3 non-empty values. */
            samples: string[];
        };
        ClientImportFile: {
            /**
             * Format: byte
             * @description The CSV file's bytes in base64 (UTF-8, UTF-16 or Windows-1252; , ; tab or |).
             */
            file: string;
        };
        ClientImportInspection: {
            columns: components["schemas"]["ClientImportColumn"][];
            delimiter: string;
            /** @description UTF-8, UTF-16, Windows-1252 or ISO-8859-1. */
            encoding: string;
            /** @description Suggested from the header's names: field → column index. */
            mapping: {
                [key: string]: number;
            };
            /** @description Data rows under the header. */
            rows: number;
        };
        ClientImportResult: {
            created: number;
            dry_run: boolean;
            /** @description The first 500. */
            errors: components["schemas"]["ClientImportRowError"][];
            invalid: number;
            rows: number;
            /** @description Matched by email and left alone. */
            skipped: number;
            /** @description Matched by email, nothing new. */
            unchanged: number;
            /** @description Matched by email and changed. */
            updated: number;
        };
        ClientImportRowError: {
            messages: string[];
            /** @description As a spreadsheet numbers it: the header is 1. */
            row: number;
        };
        ClientPage: {
            items: components["schemas"]["Client"][];
            meta: components["schemas"]["PageMeta"];
        };
        ClientPrimaryTrainer: {
            full_name?: string;
            id?: number;
        };
        ClientTrainer: {
            /** Format: date-time */
            assigned_at?: string;
            full_name?: string;
            is_primary?: boolean;
            trainer_id?: number;
        };
        ClientUpdate: {
            /** Format: date */
            date_of_birth?: string | null;
            /** Format: email */
            email?: string | null;
            emergency_contact_name?: string | null;
            emergency_contact_phone?: string | null;
            first_name?: string;
            /** @enum {string|null} */
            gender?: "female" | "male" | "non_binary" | "other" | "prefer_not_to_say" | null;
            goals?: string | null;
            last_name?: string;
            notes?: string | null;
            phone?: string | null;
            source?: string | null;
            /** Format: date */
            start_date?: string | null;
            /**
             * @description Archive and restore a client through their own endpoints.
             * @default lead
             * @enum {string}
             */
            status?: "lead" | "active" | "paused" | "inactive";
            tags?: string[];
        };
        ClientsByStatus: {
            active: number;
            archived: number;
            inactive: number;
            lead: number;
            paused: number;
        };
        CoachYourself: {
            /** @description The profile to link; omitted, the one with your email, else a new one from your name. */
            trainer_id?: number | null;
        };
        Comment: {
            author_name: string;
            body: string;
            can_delete: boolean;
            can_edit: boolean;
            /** Format: date-time */
            created_at: string;
            edited: boolean;
            id: number;
            /** @description The reader wrote it. */
            is_mine: boolean;
            /** Format: uuid */
            workout_log_id: string;
        };
        CommentPage: {
            items: components["schemas"]["Comment"][];
            meta: components["schemas"]["PageMeta"];
        };
        CommentWrite: {
            body: string;
        };
        CommentedWorkout: {
            comment_count: number;
            /** Format: date-time */
            finished_at: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_comment_at: string;
            name: string;
            /** Format: date-time */
            started_at: string;
        };
        CommentedWorkoutPage: {
            items: components["schemas"]["CommentedWorkout"][];
            meta: components["schemas"]["PageMeta"];
        };
        Compliance: {
            client_id: number;
            readonly client_name: string;
            compliance_28: number | null;
            /** @description Percent of done_7 over due_7; null when none due. */
            compliance_7: number | null;
            done_28: number;
            /** @description Workouts due in the last 7 days completed. */
            done_7: number;
            due_28: number;
            /** @description Workouts due in the last 7 days (today's only once completed). */
            due_7: number;
            /**
             * Format: date-time
             * @description When the client last finished a workout.
             */
            last_workout_at: string | null;
            /** @description The last two workouts due before today were both not completed. */
            missed_last_two: boolean;
        };
        CompliancePage: {
            items: components["schemas"]["Compliance"][];
            meta: components["schemas"]["PageMeta"];
        };
        Dashboard: {
            clients_by_status: components["schemas"]["ClientsByStatus"];
            /** @description Clients not archived. */
            clients_total: number;
            /** @description The last 12 weeks, oldest first. */
            new_clients_per_week: components["schemas"]["WeekCount"][];
            new_clients_this_month: number;
            new_clients_this_week: number;
            recent_activity: components["schemas"]["ActivityEntry"][];
            /** @description Trainers not archived; null for a trainer's dashboard. */
            trainers?: number | null;
            /** @description Clients not archived without a trainer; null for trainers. */
            unassigned_clients?: number | null;
        };
        Email: {
            /** Format: email */
            email: string;
        };
        Error: {
            error: components["schemas"]["ErrorDetail"];
        };
        ErrorDetail: {
            /** @example validation_error */
            code: string;
            /** @description Per-field messages, for validation errors. */
            fields?: {
                [key: string]: unknown;
            };
            message: string;
        };
        Exercise: {
            /** @description Other names people search by (RDL). */
            aliases?: string[];
            /** Format: date-time */
            readonly archived_at?: string | null;
            /** @description The built-in exercise this studio copy stands in for. */
            readonly based_on_id?: number | null;
            /** @description Shared by every studio; editing it makes the studio's own copy. */
            readonly built_in?: boolean;
            /** @enum {string} */
            category?: "strength" | "cardio" | "mobility" | "stretching" | "plyometric" | "olympic_weightlifting" | "powerlifting" | "strongman" | "conditioning";
            /** Format: date-time */
            readonly created_at?: string;
            /** @description Short coaching cues. */
            cues?: string | null;
            equipment?: ("barbell" | "dumbbell" | "kettlebell" | "cable" | "machine" | "smith_machine" | "body_only" | "bands" | "medicine_ball" | "exercise_ball" | "foam_roll" | "ez_bar" | "trap_bar" | "pull_up_bar" | "bench" | "box" | "sled" | "rower" | "bike" | "treadmill" | "jump_rope" | "other")[];
            /** @enum {string|null} */
            force?: "push" | "pull" | "static" | null;
            readonly id?: number;
            /** @description Steps, as imported. */
            instructions?: string[];
            /** @enum {string|null} */
            level?: "beginner" | "intermediate" | "advanced" | null;
            /**
             * @description What a logged set records: reps, load, time, distance.
             * @enum {string}
             */
            measurement?: "reps" | "reps_load" | "time" | "distance" | "time_distance";
            /** @enum {string|null} */
            mechanic?: "compound" | "isolation" | null;
            name?: string;
            primary_muscles?: ("abdominals" | "abductors" | "adductors" | "biceps" | "calves" | "chest" | "forearms" | "glutes" | "hamstrings" | "lats" | "lower_back" | "middle_back" | "neck" | "obliques" | "quadriceps" | "shoulders" | "traps" | "triceps")[];
            secondary_muscles?: ("abdominals" | "abductors" | "adductors" | "biceps" | "calves" | "chest" | "forearms" | "glutes" | "hamstrings" | "lats" | "lower_back" | "middle_back" | "neck" | "obliques" | "quadriceps" | "shoulders" | "traps" | "triceps")[];
            /** @description builtin (ours), custom (the studio's) or free-exercise-db. */
            readonly source?: string;
            /** @description Done one side at a time. */
            unilateral?: boolean;
            /** Format: date-time */
            readonly updated_at?: string;
            video_url?: string | null;
        };
        ExerciseChange: {
            /** @description Other names people search by (RDL). */
            aliases?: string[];
            /** Format: date-time */
            readonly archived_at?: string | null;
            /** @description The built-in exercise this studio copy stands in for. */
            readonly based_on_id?: number | null;
            /** @description Shared by every studio; editing it makes the studio's own copy. */
            readonly built_in?: boolean;
            /** @enum {string} */
            category?: "strength" | "cardio" | "mobility" | "stretching" | "plyometric" | "olympic_weightlifting" | "powerlifting" | "strongman" | "conditioning";
            /** @description True when this change made the studio's own copy of a built-in exercise: the response is that copy (a new id), which replaces the built-in one in the studio's library. */
            readonly copy_made?: boolean;
            /** Format: date-time */
            readonly created_at?: string;
            /** @description Short coaching cues. */
            cues?: string | null;
            equipment?: ("barbell" | "dumbbell" | "kettlebell" | "cable" | "machine" | "smith_machine" | "body_only" | "bands" | "medicine_ball" | "exercise_ball" | "foam_roll" | "ez_bar" | "trap_bar" | "pull_up_bar" | "bench" | "box" | "sled" | "rower" | "bike" | "treadmill" | "jump_rope" | "other")[];
            /** @enum {string|null} */
            force?: "push" | "pull" | "static" | null;
            readonly id?: number;
            /** @description Steps, as imported. */
            instructions?: string[];
            /** @enum {string|null} */
            level?: "beginner" | "intermediate" | "advanced" | null;
            /**
             * @description What a logged set records: reps, load, time, distance.
             * @enum {string}
             */
            measurement?: "reps" | "reps_load" | "time" | "distance" | "time_distance";
            /** @enum {string|null} */
            mechanic?: "compound" | "isolation" | null;
            name?: string;
            primary_muscles?: ("abdominals" | "abductors" | "adductors" | "biceps" | "calves" | "chest" | "forearms" | "glutes" | "hamstrings" | "lats" | "lower_back" | "middle_back" | "neck" | "obliques" | "quadriceps" | "shoulders" | "traps" | "triceps")[];
            secondary_muscles?: ("abdominals" | "abductors" | "adductors" | "biceps" | "calves" | "chest" | "forearms" | "glutes" | "hamstrings" | "lats" | "lower_back" | "middle_back" | "neck" | "obliques" | "quadriceps" | "shoulders" | "traps" | "triceps")[];
            /** @description builtin (ours), custom (the studio's) or free-exercise-db. */
            readonly source?: string;
            /** @description Done one side at a time. */
            unilateral?: boolean;
            /** Format: date-time */
            readonly updated_at?: string;
            video_url?: string | null;
        };
        ExerciseCreate: {
            aliases?: string[];
            /** @enum {string} */
            category: "strength" | "cardio" | "mobility" | "stretching" | "plyometric" | "olympic_weightlifting" | "powerlifting" | "strongman" | "conditioning";
            cues?: string | null;
            equipment?: ("barbell" | "dumbbell" | "kettlebell" | "cable" | "machine" | "smith_machine" | "body_only" | "bands" | "medicine_ball" | "exercise_ball" | "foam_roll" | "ez_bar" | "trap_bar" | "pull_up_bar" | "bench" | "box" | "sled" | "rower" | "bike" | "treadmill" | "jump_rope" | "other")[];
            /** @enum {string|null} */
            force?: "push" | "pull" | "static" | null;
            instructions?: string[];
            /** @enum {string|null} */
            level?: "beginner" | "intermediate" | "advanced" | null;
            /**
             * @default reps_load
             * @enum {string}
             */
            measurement?: "reps" | "reps_load" | "time" | "distance" | "time_distance";
            /** @enum {string|null} */
            mechanic?: "compound" | "isolation" | null;
            name: string;
            primary_muscles: ("abdominals" | "abductors" | "adductors" | "biceps" | "calves" | "chest" | "forearms" | "glutes" | "hamstrings" | "lats" | "lower_back" | "middle_back" | "neck" | "obliques" | "quadriceps" | "shoulders" | "traps" | "triceps")[];
            secondary_muscles?: ("abdominals" | "abductors" | "adductors" | "biceps" | "calves" | "chest" | "forearms" | "glutes" | "hamstrings" | "lats" | "lower_back" | "middle_back" | "neck" | "obliques" | "quadriceps" | "shoulders" | "traps" | "triceps")[];
            /** @default false */
            unilateral?: boolean;
            /** Format: url */
            video_url?: string | null;
        };
        ExercisePage: {
            items: components["schemas"]["Exercise"][];
            meta: components["schemas"]["PageMeta"];
        };
        ExerciseUpdate: {
            aliases?: string[];
            /** @enum {string} */
            category?: "strength" | "cardio" | "mobility" | "stretching" | "plyometric" | "olympic_weightlifting" | "powerlifting" | "strongman" | "conditioning";
            cues?: string | null;
            equipment?: ("barbell" | "dumbbell" | "kettlebell" | "cable" | "machine" | "smith_machine" | "body_only" | "bands" | "medicine_ball" | "exercise_ball" | "foam_roll" | "ez_bar" | "trap_bar" | "pull_up_bar" | "bench" | "box" | "sled" | "rower" | "bike" | "treadmill" | "jump_rope" | "other")[];
            /** @enum {string|null} */
            force?: "push" | "pull" | "static" | null;
            instructions?: string[];
            /** @enum {string|null} */
            level?: "beginner" | "intermediate" | "advanced" | null;
            /**
             * @default reps_load
             * @enum {string}
             */
            measurement?: "reps" | "reps_load" | "time" | "distance" | "time_distance";
            /** @enum {string|null} */
            mechanic?: "compound" | "isolation" | null;
            name?: string;
            primary_muscles?: ("abdominals" | "abductors" | "adductors" | "biceps" | "calves" | "chest" | "forearms" | "glutes" | "hamstrings" | "lats" | "lower_back" | "middle_back" | "neck" | "obliques" | "quadriceps" | "shoulders" | "traps" | "triceps")[];
            secondary_muscles?: ("abdominals" | "abductors" | "adductors" | "biceps" | "calves" | "chest" | "forearms" | "glutes" | "hamstrings" | "lats" | "lower_back" | "middle_back" | "neck" | "obliques" | "quadriceps" | "shoulders" | "traps" | "triceps")[];
            /** @default false */
            unilateral?: boolean;
            /** Format: url */
            video_url?: string | null;
        };
        Extend: {
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             * @example 2031-06-01T00:00:00+00:00
             */
            until: string;
        };
        Feed: {
            client_id?: number | null;
            /** Format: date-time */
            created_at?: string;
            id?: number;
            /** Format: date-time */
            revoked_at?: string | null;
            trainer_id?: number | null;
        };
        FeedCreate: {
            client_id?: number;
            trainer_id?: number;
        };
        FeedCreated: {
            client_id?: number | null;
            /** Format: date-time */
            created_at?: string;
            id?: number;
            /** Format: date-time */
            revoked_at?: string | null;
            /** @description Shown once; only its hash is stored. */
            token?: string;
            trainer_id?: number | null;
            /** @description Subscribe to this address in a calendar app. */
            url?: string;
        };
        FeedItem: {
            client_id: number;
            client_name: string;
            comment_count: number;
            duration_seconds: number | null;
            /** Format: date-time */
            finished_at: string;
            /** Format: uuid */
            id: string;
            /** @description The workout's name. */
            name: string;
            /** @description The first three records broken. */
            records: components["schemas"]["FeedRecord"][];
            records_count: number;
            sets_done: number;
            /** Format: date-time */
            started_at: string;
            total_volume_kg: number | null;
        };
        FeedItemPage: {
            items: components["schemas"]["FeedItem"][];
            meta: components["schemas"]["PageMeta"];
        };
        FeedPage: {
            items: components["schemas"]["Feed"][];
            meta: components["schemas"]["PageMeta"];
        };
        FeedRecord: {
            exercise_name: string;
            /** @enum {string} */
            kind: "heaviest_load" | "best_e1rm" | "most_reps_at_load";
            load_kg: number | null;
            previous_value: number | null;
            reps: number | null;
            /** @description Kilograms (heaviest_load, best_e1rm) or repetitions (most_reps_at_load). */
            value: number;
        };
        FreeSlot: {
            /** Format: date-time */
            ends_at?: string;
            /** Format: local-date-time */
            local_end?: string;
            /** Format: local-date-time */
            local_start?: string;
            /** Format: date-time */
            starts_at?: string;
        };
        FreeSlotPage: {
            items: components["schemas"]["FreeSlot"][];
            meta: components["schemas"]["PageMeta"];
        };
        Health: {
            /** @example ok */
            database?: string;
            /** @example ok */
            status?: string;
        };
        Interval: {
            /** @example 17:00:00 */
            ends_at: string;
            /** @example 09:00:00 */
            starts_at: string;
            weekday: number;
        };
        Invitation: {
            client_id?: number | null;
            /** Format: date-time */
            created_at: string;
            email: string;
            /** Format: date-time */
            expires_at: string;
            id: number;
            /** @description Who sent it (last, for a resent one). */
            invited_by_name?: string | null;
            /** @description Name of the trainer or client profile the account will be linked to. */
            profile_name?: string | null;
            role: string;
            trainer_id?: number | null;
        };
        InvitationAccept: {
            first_name: string;
            last_name: string;
            password: string;
            token: string;
        };
        InvitationCreate: {
            client_id?: number | null;
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "admin" | "trainer" | "client";
            trainer_id?: number | null;
        };
        InvitationPage: {
            items: components["schemas"]["Invitation"][];
            meta: components["schemas"]["PageMeta"];
        };
        InvitationPreview: {
            email?: string;
            /** Format: date-time */
            expires_at?: string;
            organization_name?: string;
            role?: string;
        };
        InvitationToken: {
            token: string;
        };
        IssuedInvitation: {
            /** @description The one-time link; shown only in this response and in the email. */
            accept_url?: string;
            client_id?: number | null;
            /** Format: date-time */
            created_at: string;
            email: string;
            email_sent?: boolean;
            /** Format: date-time */
            expires_at: string;
            id: number;
            /** @description Who sent it (last, for a resent one). */
            invited_by_name?: string | null;
            /** @description Name of the trainer or client profile the account will be linked to. */
            profile_name?: string | null;
            role: string;
            trainer_id?: number | null;
        };
        LinkPreview: {
            email: string;
            /** Format: date-time */
            expires_at: string;
        };
        LinkRequested: {
            message: string;
        };
        LinkToken: {
            token: string;
        };
        Login: {
            /**
             * Format: email
             * @example owner@example.com
             */
            email: string;
            password: string;
        };
        Me: {
            client_id?: number | null;
            email?: string;
            first_name?: string;
            full_name?: string;
            id?: number;
            last_name?: string;
            organization?: components["schemas"]["OrganizationSummary"];
            role?: string;
            /** @description IANA zone to show and edit times in: the account's own, else the organization's. */
            timezone?: string;
            /** @description False when the account follows the organization's time zone. */
            timezone_is_own?: boolean;
            trainer_id?: number | null;
        };
        MeUpdate: {
            first_name?: string;
            last_name?: string;
            /**
             * @description An IANA zone, or null to follow the organization's.
             * @example Europe/Paris
             */
            timezone?: string | null;
        };
        Organization: {
            /** @description ISO 3166 code: phones without a country code are read in it and shown nationally. */
            country?: string;
            /** Format: date-time */
            readonly created_at?: string;
            readonly id?: number;
            name?: string;
            timezone?: string;
        };
        OrganizationSummary: {
            /** @description ISO 3166 code; its phone numbers are shown nationally. */
            country?: string;
            id?: number;
            name?: string;
            timezone?: string;
        };
        OrganizationUpdate: {
            country?: string;
            name?: string;
            /** @example Europe/Paris */
            timezone?: string;
        };
        PageMeta: {
            has_next: boolean;
            has_prev: boolean;
            page: number;
            /** @description A lower bound when the total is not exact. */
            pages: number;
            per_page: number;
            /** @description Rows matching; when total_is_exact is false, a lower bound where counting stopped. */
            total: number;
            /** @description False past 10,000 rows, 1,000 search or tag matches, or the page's end. */
            total_is_exact: boolean;
        };
        PaginationMetadata: {
            /** @description First available page number. */
            first_page?: number;
            /** @description Last available page number. */
            last_page?: number;
            /** @description Next page number. */
            next_page?: number;
            /** @description Current page number. */
            page?: number;
            /** @description Previous page number. */
            previous_page?: number;
            /** @description Total number of items. */
            total?: number;
            /** @description Total number of pages. */
            total_pages?: number;
        };
        Participant: {
            active?: boolean;
            client_id?: number;
            readonly client_name?: string;
        };
        PasswordChange: {
            current_password: string;
            new_password: string;
        };
        PasswordReset: {
            password: string;
            token: string;
        };
        RefreshedTokens: {
            access_token: string;
            expires_in: number;
            /** @description The refresh token that replaces the one just used (Bearer callers; browsers get a cookie). The old one works no more: presenting it again signs this session out everywhere. */
            refresh_token?: string;
        };
        Reminder: {
            client_id?: number;
            /** Format: date-time */
            due_at?: string;
            id?: number;
            /** @example 24h */
            kind?: string;
            offset_minutes?: number;
            status?: string;
        };
        ReminderPage: {
            items: components["schemas"]["Reminder"][];
            meta: components["schemas"]["PageMeta"];
        };
        Series: {
            /** Format: date-time */
            cancelled_at?: string | null;
            capacity?: number;
            /** @description For a client: only their own id. */
            client_ids?: number[];
            duration_minutes?: number;
            id?: number;
            kind?: string;
            /**
             * Format: local-date-time
             * @description DTSTART in the series' time zone.
             */
            local_start?: string;
            location?: string | null;
            /**
             * Format: date-time
             * @description Occurrences exist as sessions up to here.
             */
            materialized_until?: string;
            /** @description The coach's notes. Staff only: not sent to clients. */
            notes?: string | null;
            /** @description Materialised occurrences not cancelled. */
            occurrence_count?: number;
            online_url?: string | null;
            /** @description Decimal as text, e.g. 65.00. */
            price?: string | null;
            rrule?: string;
            timezone?: string;
            title?: string | null;
            trainer_id?: number;
        };
        SeriesCreate: {
            capacity?: number;
            /**
             * @example [
             *       1
             *     ]
             */
            client_ids?: number[];
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             * @example 2030-03-04T08:00:00-05:00
             */
            ends_at: string;
            /**
             * @default personal
             * @enum {string}
             */
            kind?: "personal" | "group" | "assessment" | "consultation";
            location?: string | null;
            notes?: string | null;
            /** Format: url */
            online_url?: string | null;
            /**
             * @description Owner/admin: book outside working hours or in time off.
             * @default false
             */
            override?: boolean;
            price?: number | null;
            /**
             * @description RFC 5545 RRULE.
             * @example FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=12
             */
            rrule: string;
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             * @example 2030-03-04T07:00:00-05:00
             */
            starts_at: string;
            /**
             * @description IANA zone to show the session in; the organization's by default.
             * @example Europe/Paris
             */
            timezone?: string;
            title?: string | null;
            /** @example 1 */
            trainer_id: number;
        };
        Session: {
            /** @description Shown to the session's clients too. */
            cancel_reason?: string | null;
            /** Format: date-time */
            cancelled_at?: string | null;
            capacity?: number;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            ends_at?: string;
            readonly id?: number;
            /** @description Edited on its own; series-wide edits skip it. */
            is_exception?: boolean;
            /** @enum {string} */
            kind?: "personal" | "group" | "assessment" | "consultation";
            /** @description ends_at as wall-clock time in the session's time zone. */
            readonly local_end?: string;
            /** @description starts_at as wall-clock time in the session's time zone. */
            readonly local_start?: string;
            location?: string | null;
            /** @description The coach's notes. Staff only: not sent to clients. */
            notes?: string | null;
            online_url?: string | null;
            /**
             * Format: date-time
             * @description RECURRENCE-ID of an occurrence.
             */
            original_start?: string | null;
            /** @description Booked outside working hours by override. Staff only: not sent to clients. */
            outside_hours?: boolean;
            /** @description For a client: only their own place. */
            participants?: components["schemas"]["Participant"][];
            /** @description Decimal as text, e.g. 65.00. */
            price?: string | null;
            series_id?: number | null;
            /** Format: date-time */
            starts_at?: string;
            /** @enum {string} */
            status?: "scheduled" | "completed" | "cancelled" | "no_show" | "late_cancel";
            timezone?: string;
            title?: string | null;
            trainer_id?: number;
            readonly trainer_name?: string;
            /** Format: date-time */
            readonly updated_at?: string;
        };
        SessionCreate: {
            capacity?: number;
            /**
             * @example [
             *       1
             *     ]
             */
            client_ids?: number[];
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             * @example 2030-03-04T08:00:00-05:00
             */
            ends_at: string;
            /**
             * @default personal
             * @enum {string}
             */
            kind?: "personal" | "group" | "assessment" | "consultation";
            location?: string | null;
            notes?: string | null;
            /** Format: url */
            online_url?: string | null;
            /**
             * @description Owner/admin: book outside working hours or in time off.
             * @default false
             */
            override?: boolean;
            price?: number | null;
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             * @example 2030-03-04T07:00:00-05:00
             */
            starts_at: string;
            /**
             * @description IANA zone to show the session in; the organization's by default.
             * @example Europe/Paris
             */
            timezone?: string;
            title?: string | null;
            /** @example 1 */
            trainer_id: number;
        };
        SessionPage: {
            items: components["schemas"]["Session"][];
            meta: components["schemas"]["PageMeta"];
        };
        SessionUpdate: {
            capacity?: number;
            client_ids?: number[];
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             * @example 2030-03-04T08:00:00-05:00
             */
            ends_at?: string;
            /**
             * @default personal
             * @enum {string}
             */
            kind?: "personal" | "group" | "assessment" | "consultation";
            location?: string | null;
            notes?: string | null;
            /** Format: url */
            online_url?: string | null;
            /**
             * @description Owner/admin: book outside working hours or in time off.
             * @default false
             */
            override?: boolean;
            price?: number | null;
            /**
             * @default this
             * @enum {string}
             */
            scope?: "this" | "following" | "all";
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             * @example 2030-03-04T07:00:00-05:00
             */
            starts_at?: string;
            title?: string | null;
        };
        Settings: {
            /**
             * @description Minutes before a session at which reminders fall due.
             * @example [
             *       1440,
             *       60
             *     ]
             */
            reminder_offsets: number[];
        };
        SignUp: {
            /** @description ISO 3166 code for reading phone numbers; by default the time zone's country. */
            country?: string;
            /** Format: email */
            email: string;
            first_name: string;
            last_name: string;
            organization_name: string;
            password: string;
            /**
             * @default UTC
             * @example Europe/Paris
             */
            timezone?: string;
        };
        StatusChange: {
            /** Format: date-time */
            changed_at?: string;
            /** @description Staff only: not sent to clients. */
            changed_by_id?: number | null;
            /** @description Who made the change. Staff only: not sent to clients. */
            readonly changed_by_name?: string | null;
            from_status?: string;
            /** @description Attendance notes are staff only; a client sees a cancellation's reason. */
            note?: string | null;
            to_status?: string;
        };
        StatusChangePage: {
            items: components["schemas"]["StatusChange"][];
            meta: components["schemas"]["PageMeta"];
        };
        TimeOff: {
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             * @example 2030-03-10T00:00:00-05:00
             */
            ends_at: string;
            readonly id?: number;
            reason?: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             * @example 2030-03-09T00:00:00-05:00
             */
            starts_at: string;
            readonly trainer_id?: number;
        };
        TimeOffPage: {
            items: components["schemas"]["TimeOff"][];
            meta: components["schemas"]["PageMeta"];
        };
        TokenPair: {
            access_token: string;
            /** @description Seconds until the access token expires. */
            expires_in: number;
            refresh_token: string;
            token_type: string;
        };
        Trainer: {
            /** Format: date-time */
            readonly archived_at?: string | null;
            bio?: string | null;
            /** @description Clients currently assigned. */
            readonly client_count?: number;
            /** Format: date-time */
            readonly created_at?: string;
            email?: string;
            first_name?: string;
            readonly full_name?: string;
            readonly has_account?: unknown;
            /** @description Decimal as text, e.g. 65.00. */
            hourly_rate?: string | null;
            readonly id?: number;
            last_name?: string;
            phone?: string | null;
            specializations?: string[];
            /** Format: date-time */
            readonly updated_at?: string;
            readonly user_id?: number | null;
        };
        TrainerCreate: {
            bio?: string | null;
            /** Format: email */
            email: string;
            first_name: string;
            hourly_rate?: number | null;
            last_name: string;
            phone?: string | null;
            specializations?: string[];
        };
        TrainerPage: {
            items: components["schemas"]["Trainer"][];
            meta: components["schemas"]["PageMeta"];
        };
        TrainerUpdate: {
            bio?: string | null;
            /** Format: email */
            email?: string;
            first_name?: string;
            hourly_rate?: number | null;
            last_name?: string;
            phone?: string | null;
            specializations?: string[];
        };
        Unlocked: {
            /** @description The account this browser may now sign in to. */
            email: string;
        };
        WeekCount: {
            count: number;
            /**
             * Format: date
             * @description Monday, in the organization's time zone.
             */
            week_start: string;
        };
        WorkingHours: {
            /** @description Intervals of one weekday may touch (09:00-12:00, 12:00-17:00) but not overlap. */
            intervals: components["schemas"]["Interval"][];
            /** @description The organization's zone. */
            readonly timezone?: string;
        };
    };
    responses: {
        /** @description Default error response */
        DEFAULT_ERROR: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unprocessable Entity */
        UNPROCESSABLE_ENTITY: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
