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
                    action?: "create" | "update" | "delete" | "archive" | "restore" | "assign" | "unassign" | "finish_workout" | "comment" | "set_goal" | "change_goal" | "abandon_goal" | "achieve_goal" | "reach_milestone" | "add_photo" | "remove_photo" | "assign_habit" | "change_habit" | "archive_habit" | "assign_check_in" | "end_check_in" | "submit_check_in" | "reply_check_in" | "review_check_in" | "revoke" | "send" | "complete" | "reopen" | "disable" | "enable" | "export" | "erase";
                    entity_type?: "client" | "trainer" | "session" | "session_series" | "organization" | "exercise" | "program_template" | "client_program" | "document" | "document_folder" | "waiver_signature" | "check_in_form" | "product" | "tax_rate" | "discount" | "invoice" | "payment" | "membership" | "api_key" | "webhook_endpoint" | "automation_rule" | "task" | "segment" | "campaign" | "api_settings" | "two_factor";
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
                    action?: "create" | "update" | "delete" | "archive" | "restore" | "assign" | "unassign" | "finish_workout" | "comment" | "set_goal" | "change_goal" | "abandon_goal" | "achieve_goal" | "reach_milestone" | "add_photo" | "remove_photo" | "assign_habit" | "change_habit" | "archive_habit" | "assign_check_in" | "end_check_in" | "submit_check_in" | "reply_check_in" | "review_check_in" | "revoke" | "send" | "complete" | "reopen" | "disable" | "enable" | "export" | "erase";
                    entity_type?: "client" | "trainer" | "session" | "session_series" | "organization" | "exercise" | "program_template" | "client_program" | "document" | "document_folder" | "waiver_signature" | "check_in_form" | "product" | "tax_rate" | "discount" | "invoice" | "payment" | "membership" | "api_key" | "webhook_endpoint" | "automation_rule" | "task" | "segment" | "campaign" | "api_settings" | "two_factor";
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
        /** Sign in a browser (httpOnly token cookies and CSRF cookies), or start two-factor sign-in's second step. */
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
                /** @description The password is right; two-factor sign-in needs a code (or, required by the studio, its setup). */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecondStep"];
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
    "/api/auth/login/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish a browser's sign-in with a code from the authenticator app, or a recovery code. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SecondStepCode"];
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
    "/api/auth/login/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** At sign-in: confirm the new authenticator with a code; this browser is signed in, and gets recovery codes. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SecondStepCode"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecoveryCodes"];
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
    "/api/auth/login/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** At sign-in, when the studio requires it: a new authenticator secret and its QR code. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SecondStepToken"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TwoFactorSetup"];
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
        /** Change the signed-in account's name, time zone or units (kg/lb, cm/in). */
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
        /** Set a new password through a reset link: every session ends, and this browser signs in (2FA still asked). */
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
                /** @description The password is right; two-factor sign-in needs a code (or, required by the studio, its setup). */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecondStep"];
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
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's signed-in sessions (browsers and apps), this one first, then by when last used. */
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
                        "application/json": components["schemas"]["SignInSessionPage"];
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
    "/api/auth/sessions/revoke-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere else: every session of the caller but this one ends. */
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
                        "application/json": components["schemas"]["SignInSessionsEnded"];
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
    "/api/auth/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign one of the caller's sessions out; its tokens stop working at their next request. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    session_id: string;
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
        /** Exchange credentials for Bearer tokens (for callers other than the web app); with 2FA, a second step first. */
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
                /** @description The password is right; two-factor sign-in needs a code (or, required by the studio, its setup). */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecondStep"];
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
    "/api/auth/token/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish a Bearer sign-in with a code from the authenticator app, or a recovery code. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SecondStepCode"];
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
    "/api/auth/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the caller signs in with a second factor, and how many recovery codes are left. */
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
                        "application/json": components["schemas"]["TwoFactorStatus"];
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
    "/api/auth/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in off, with the password and a code (refused while the studio requires it). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TwoFactorConfirm"];
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
    "/api/auth/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the new authenticator with a code: two-factor sign-in is on; the recovery codes, shown once. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TwoFactorCode"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecoveryCodes"];
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
    "/api/auth/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ten new recovery codes, with the password and a code; the earlier ones stop working. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TwoFactorConfirm"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecoveryCodes"];
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
    "/api/auth/two-factor/requirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the studio requires two-factor sign-in of staff, and who has not set it up. */
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
                        "application/json": components["schemas"]["TwoFactorRequirement"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        /** Require two-factor sign-in of every staff account (owners only); staff without it are signed out. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TwoFactorRequirementUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TwoFactorRequirement"];
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
    "/api/auth/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start turning two-factor sign-in on: a new secret, its otpauth:// URI and QR code (pending until confirmed). */
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
                        "application/json": components["schemas"]["TwoFactorSetup"];
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
    "/api/automation/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the rule editor offers: triggers, conditions, steps and merge fields. */
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
                        "application/json": components["schemas"]["AutomationOptions"];
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
    "/api/automation/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message filled with sample values. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MessagePreview"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MessagePreviewResult"];
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
    "/api/automation/process-triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate the studio's due time triggers and run its due steps now (an API key with automation:run). */
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
                        "application/json": components["schemas"]["ProcessSummary"];
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
    "/api/automation/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio's automations, newest first, each with its analytics. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    enabled?: boolean;
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
                        "application/json": components["schemas"]["RulePage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Make an automation: a trigger, conditions over the client and ordered steps. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RuleCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Rule"];
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
    "/api/automation/rules/from-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an automation from a built-in template, turned off until you turn it on. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FromTemplate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Rule"];
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
    "/api/automation/rules/{rule_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rule_id: number;
            };
            cookie?: never;
        };
        /** One automation with its analytics. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    rule_id: number;
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
                        "application/json": components["schemas"]["Rule"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        post?: never;
        /** Delete an automation and its runs; the tasks it made stay. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    rule_id: number;
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
        /** Change an automation; runs under way carry on from their next step. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    rule_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RuleUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Rule"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/automation/rules/{rule_id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rule_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn an automation off; its runs under way stop. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    rule_id: number;
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
                        "application/json": components["schemas"]["Rule"];
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
    "/api/automation/rules/{rule_id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rule_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn an automation on. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    rule_id: number;
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
                        "application/json": components["schemas"]["Rule"];
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
    "/api/automation/rules/{rule_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rule_id: number;
            };
            cookie?: never;
        };
        /** An automation's runs, newest first: the client, what fired it and what each step did. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                };
                header?: never;
                path: {
                    rule_id: number;
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
                        "application/json": components["schemas"]["RunPage"];
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
    "/api/automation/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The built-in automations to start from. */
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
                        "application/json": components["schemas"]["AutomationTemplateList"];
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
    "/api/billing/discounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List discounts by name (staff). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    status?: "active" | "archived" | "all";
                    /** @description Part of the name. */
                    q?: string;
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
                        "application/json": components["schemas"]["DiscountPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Add a percent or amount discount, once, for N periods or forever (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DiscountCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Discount"];
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
    "/api/billing/discounts/{discount_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                discount_id: number;
            };
            cookie?: never;
        };
        /** One discount (staff). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    discount_id: number;
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
                        "application/json": components["schemas"]["Discount"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        post?: never;
        /** Delete a discount never used, or archive one that was (owner, admin). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    discount_id: number;
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
        /** Change, archive or restore a discount (owner, admin). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    discount_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DiscountUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Discount"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/billing/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invoices, drafts and the newest first (trainers: their clients'; clients: their own, no drafts). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    status?: ("draft" | "open" | "paid" | "void" | "uncollectible")[];
                    kind?: "invoice" | "credit_note";
                    client_id?: number;
                    membership_id?: number;
                    issued_from?: string;
                    issued_to?: string;
                    /** @description Only open invoices past their due date. */
                    overdue?: boolean;
                    /** @description Part of the number. */
                    number?: string;
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
                        "application/json": components["schemas"]["InvoicePage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Write an invoice by hand, as a draft or finalised at once (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InvoiceCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceDetail"];
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
    "/api/billing/invoices/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open invoices past their due date, the longest overdue first, with their age in days (staff). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
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
                        "application/json": components["schemas"]["OverdueInvoicePage"];
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
    "/api/billing/invoices/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: number;
            };
            cookie?: never;
        };
        /** One invoice or credit note with its lines. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoice_id: number;
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
                        "application/json": components["schemas"]["InvoiceDetail"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        post?: never;
        /** Delete a draft (owner, admin). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoice_id: number;
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
        /** Edit a draft (owner, admin); a finalised invoice is voided or credited instead. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoice_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InvoiceUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceDetail"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/billing/invoices/{invoice_id}/credit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a credit note against a finalised invoice, whole or by amounts per line (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoice_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreditNoteCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceDetail"];
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
    "/api/billing/invoices/{invoice_id}/finalise": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finalise a draft: it takes the next number and is owed (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoice_id: number;
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
                        "application/json": components["schemas"]["InvoiceDetail"];
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
    "/api/billing/invoices/{invoice_id}/payment-intent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay what an open invoice still asks for through Stripe (the client who owes it, owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoice_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PaymentIntentCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaymentIntent"];
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
    "/api/billing/invoices/{invoice_id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a payment by cash, bank transfer, card terminal or other (owner, admin); 409 above what is due. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoice_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PaymentCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Payment"];
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
    "/api/billing/invoices/{invoice_id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: number;
            };
            cookie?: never;
        };
        /** Download the invoice as a PDF (staff; a client their own finalised invoices). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoice_id: number;
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
    "/api/billing/invoices/{invoice_id}/uncollectible": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write an open invoice off as uncollectible (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoice_id: number;
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
                        "application/json": components["schemas"]["InvoiceDetail"];
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
    "/api/billing/invoices/{invoice_id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a finalised invoice nothing was paid on (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoice_id: number;
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
                        "application/json": components["schemas"]["InvoiceDetail"];
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
    "/api/billing/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The memberships of the clients the caller may see, filtered by client, product or status. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    client_id?: number;
                    product_id?: number;
                    status?: ("active" | "past_due" | "paused" | "cancelled" | "ended")[];
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
                        "application/json": components["schemas"]["MembershipPage"];
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
    "/api/billing/memberships/{membership_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membership_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give notice (the client or staff): the answer says when it ends and why; owners/admins may end it at once. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    membership_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MembershipCancel"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Membership"];
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
    "/api/billing/memberships/{membership_id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membership_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause a membership: no renewals, its credits unusable (owners and admins). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    membership_id: number;
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
                        "application/json": components["schemas"]["Membership"];
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
    "/api/billing/memberships/{membership_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membership_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused membership (owners and admins). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    membership_id: number;
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
                        "application/json": components["schemas"]["Membership"];
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
    "/api/billing/memberships/{membership_id}/stripe-subscription": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membership_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Charge a membership to the client's default card every period through Stripe (the client, owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    membership_id: number;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List payments, the latest first (trainers: their clients'; clients: their own). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    client_id?: number;
                    invoice_id?: number;
                    method?: "cash" | "bank_transfer" | "card_terminal" | "stripe" | "other";
                    status?: "pending" | "succeeded" | "failed";
                    /** @description From this day, in the studio's zone. */
                    received_from?: string;
                    /** @description To this day included, in the studio's zone. */
                    received_to?: string;
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
                        "application/json": components["schemas"]["PaymentPage"];
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
    "/api/billing/payments/{payment_id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payment_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give back part or all of a payment, with a reason (owner, admin); Stripe payments at Stripe first. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    payment_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RefundCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Refund"];
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
    "/api/billing/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products by name, filtered by kind, status and name (clients: active ones, to buy). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    status?: "active" | "archived" | "all";
                    /** @description Part of the name. */
                    q?: string;
                    kind?: "pack" | "membership" | "drop_in" | "item";
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
                        "application/json": components["schemas"]["ProductPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Add a pack, membership, drop-in price or item (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProductCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
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
    "/api/billing/products/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                product_id: number;
            };
            cookie?: never;
        };
        /** One product (clients: an active one). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    product_id: number;
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
                        "application/json": components["schemas"]["Product"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        post?: never;
        /** Delete a product never sold, or archive one that was (owner, admin). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    product_id: number;
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
        /** Change, archive or restore a product (owner, admin); invoices already written keep their prices. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    product_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProductUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/billing/reports/mrr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monthly recurring revenue at each month's end, with new, expansion, contraction and churned amounts. */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the studio's zone (default: the first of the month eleven months ago). */
                    from?: string;
                    /** @description Last day, included (default: today in the studio's zone). */
                    to?: string;
                    /** @description `csv` or `xlsx` for a download; the JSON answer when left out. */
                    format?: "csv" | "xlsx";
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
                        "application/json": components["schemas"]["Mrr"];
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
    "/api/billing/reports/receivables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What clients owed at the end of a day (default today), by days past the due date. */
        get: {
            parameters: {
                query?: {
                    /** @description What was owed at the end of this day (default: today). */
                    to?: string;
                    /** @description `csv` or `xlsx` for a download; the JSON answer when left out. */
                    format?: "csv" | "xlsx";
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
                        "application/json": components["schemas"]["Receivables"];
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
    "/api/billing/reports/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The refunds made in the range, latest first, with their count and sum (the download has every one). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description First day, in the studio's zone (default: the first of the month eleven months ago). */
                    from?: string;
                    /** @description Last day, included (default: today in the studio's zone). */
                    to?: string;
                    /** @description `csv` or `xlsx` for a download; the JSON answer when left out. */
                    format?: "csv" | "xlsx";
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
                        "application/json": components["schemas"]["Refunds"];
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
    "/api/billing/reports/revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Revenue (payments received less refunds made) per day, week or month of the studio's calendar. */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the studio's zone (default: the first of the month eleven months ago). */
                    from?: string;
                    /** @description Last day, included (default: today in the studio's zone). */
                    to?: string;
                    /** @description `csv` or `xlsx` for a download; the JSON answer when left out. */
                    format?: "csv" | "xlsx";
                    /** @description Per day, week or month. */
                    group?: "day" | "week" | "month";
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
                        "application/json": components["schemas"]["Revenue"];
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
    "/api/billing/reports/revenue-by-product": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each product's units sold, amount invoiced and share of the revenue in the range. */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the studio's zone (default: the first of the month eleven months ago). */
                    from?: string;
                    /** @description Last day, included (default: today in the studio's zone). */
                    to?: string;
                    /** @description `csv` or `xlsx` for a download; the JSON answer when left out. */
                    format?: "csv" | "xlsx";
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
                        "application/json": components["schemas"]["RevenueByProduct"];
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
    "/api/billing/reports/revenue-by-trainer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each trainer's sessions delivered in the range and what their clients paid for them. */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the studio's zone (default: the first of the month eleven months ago). */
                    from?: string;
                    /** @description Last day, included (default: today in the studio's zone). */
                    to?: string;
                    /** @description `csv` or `xlsx` for a download; the JSON answer when left out. */
                    format?: "csv" | "xlsx";
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
                        "application/json": components["schemas"]["RevenueByTrainer"];
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
    "/api/billing/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio's billing policy, letterhead and whether Stripe is set up (staff; secrets never returned). */
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
                        "application/json": components["schemas"]["BillingSettings"];
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
        /** Change the policy, letterhead, currency (until the first invoice) or Stripe keys (owner, admin). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BillingSettingsUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BillingSettings"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/billing/stripe/webhooks/{organization_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organization_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An event from the studio's Stripe account (its signature is the permission); stored once, processed later. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organization_id: number;
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
                        "application/json": components["schemas"]["WebhookReceived"];
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
    "/api/billing/tax-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tax rates by name (staff). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    status?: "active" | "archived" | "all";
                    /** @description Part of the name. */
                    q?: string;
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
                        "application/json": components["schemas"]["TaxRatePage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Add a tax rate, inclusive or exclusive (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TaxRateCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaxRate"];
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
    "/api/billing/tax-rates/{tax_rate_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tax_rate_id: number;
            };
            cookie?: never;
        };
        /** One tax rate (staff). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tax_rate_id: number;
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
                        "application/json": components["schemas"]["TaxRate"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        post?: never;
        /** Delete a tax rate no product uses, or archive one in use (owner, admin). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tax_rate_id: number;
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
        /** Change, archive or restore a tax rate (owner, admin); invoices already written keep the old rate. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tax_rate_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TaxRateUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaxRate"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
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
    "/api/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio's campaigns, newest first, with recipients, opens and clicks. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    status?: "draft" | "scheduled" | "sending" | "sent" | "cancelled";
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
                        "application/json": components["schemas"]["CampaignPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Save a draft campaign. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CampaignCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
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
    "/api/campaigns/merge-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The merge fields a campaign may use, with a sample value of each. */
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
                        "application/json": components["schemas"]["MergeField"][];
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
    "/api/campaigns/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A campaign's subject and body as a sample client would read them. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CampaignPreviewArgs"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CampaignPreview"];
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
    "/api/campaigns/{campaign_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaign_id: number;
            };
            cookie?: never;
        };
        /** One campaign. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaign_id: number;
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
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        post?: never;
        /** Delete a draft or cancelled campaign. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaign_id: number;
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
        /** Change a draft or scheduled campaign. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaign_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CampaignUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/campaigns/{campaign_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaign_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a scheduled campaign, or stop one that is still sending. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaign_id: number;
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
                        "application/json": components["schemas"]["Campaign"];
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
    "/api/campaigns/{campaign_id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaign_id: number;
            };
            cookie?: never;
        };
        /** How the campaign did: delivery, unique opens and clicks, unsubscribes, per subject and per link. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaign_id: number;
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
                        "application/json": components["schemas"]["CampaignReport"];
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
    "/api/campaigns/{campaign_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaign_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a campaign now, or schedule it for `scheduled_at`. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaign_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CampaignSchedule"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
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
    "/api/check-in-forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio's check-in forms by name (staff). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description The archived forms instead. */
                    archived?: boolean;
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
                        "application/json": components["schemas"]["CheckInFormPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Build a check-in form (staff). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CheckInFormWrite"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckInForm"];
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
    "/api/check-in-forms/{form_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                form_id: number;
            };
            cookie?: never;
        };
        /** One check-in form with its questions (staff). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    form_id: number;
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
                        "application/json": components["schemas"]["CheckInForm"];
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
        /** Rename a form or change its questions (its author or a manager); sent check-ins keep theirs. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    form_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CheckInFormUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckInForm"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/check-in-forms/{form_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                form_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a form no client answers any more (its author or a manager). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    form_id: number;
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
                        "application/json": components["schemas"]["CheckInForm"];
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
    "/api/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review queue: check-ins of the clients the caller coaches, unreviewed and oldest first. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description unreviewed (default), reviewed or all (unreviewed first). */
                    status?: "unreviewed" | "reviewed" | "all";
                    /** @description Only the clients this trainer coaches. */
                    trainer_id?: number;
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
                        "application/json": components["schemas"]["CheckInSubmissionListPage"];
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
    "/api/check-ins/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clients whose weekly check-in is overdue, longest waiting first. */
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
                        "application/json": components["schemas"]["CheckInOverduePage"];
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
    "/api/check-ins/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many check-ins wait for review and how many clients are overdue. */
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
                        "application/json": components["schemas"]["CheckInSummary"];
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
    "/api/check-ins/{submission_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                submission_id: number;
            };
            cookie?: never;
        };
        /** One check-in with its questions, answers and reply (its client, their trainers, managers). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    submission_id: number;
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
                        "application/json": components["schemas"]["CheckInSubmission"];
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
    "/api/check-ins/{submission_id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                submission_id: number;
            };
            cookie?: never;
        };
        get?: never;
        /** Reply to a client's check-in (their trainers, managers); a new reply replaces the last. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    submission_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CheckInReply"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckInSubmission"];
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
    "/api/check-ins/{submission_id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                submission_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a check-in reviewed: it leaves the queue. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    submission_id: number;
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
                        "application/json": components["schemas"]["CheckInSubmission"];
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
    "/api/client-programs/{program_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: number;
            };
            cookie?: never;
        };
        /** A client's program with its dated workouts and, for staff, any newer template version's changes. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    program_id: number;
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
                        "application/json": components["schemas"]["ClientProgramDetail"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        /** Edit one client's copy; unlogged workouts from today on are laid out again. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    program_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientProgramUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientProgramDetail"];
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
    "/api/client-programs/{program_id}/apply-template-version": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring the template's newest version into the weeks not yet started. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    program_id: number;
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
                        "application/json": components["schemas"]["ClientProgramDetail"];
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
    "/api/client-programs/{program_id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a client's program; its unlogged workouts from today on are removed. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    program_id: number;
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
                        "application/json": components["schemas"]["ClientProgramDetail"];
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
    "/api/clients/{client_id}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** A client's saved cards, the default first (anyone who may see the client). */
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
                        "application/json": components["schemas"]["SavedCardList"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Keep the card a confirmed SetupIntent saved (the client, owner, admin); saving it twice changes nothing. */
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
                    "application/json": components["schemas"]["SaveCard"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedCard"];
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
    "/api/clients/{client_id}/cards/setup-intent": {
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
        /** Start saving a card: a SetupIntent's secret for Stripe.js (the client, owner, admin). */
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
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SetupIntent"];
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
    "/api/clients/{client_id}/cards/{card_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
                card_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Forget a saved card, here and in Stripe (the client, owner, admin). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                    card_id: number;
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
    "/api/clients/{client_id}/cards/{card_id}/default": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
                card_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Charge this card for the client's memberships from now on (the client, owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                    card_id: number;
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
                        "application/json": components["schemas"]["SavedCard"];
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
    "/api/clients/{client_id}/check-in-assignment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        get?: never;
        /** Have a client check in weekly with a form, replacing the check-in they had (staff). */
        put: {
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
                    "application/json": components["schemas"]["CheckInAssignmentWrite"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckInAssignment"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        post?: never;
        /** Stop a client's weekly check-in (staff). */
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
        patch?: never;
        trace?: never;
    };
    "/api/clients/{client_id}/check-in-photos": {
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
        /** Upload a photo for a check-in answer (the client); the submission then names its stored_file_id. */
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
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description JPEG, PNG, WebP, HEIC.
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckInPhotoUpload"];
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
    "/api/clients/{client_id}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** A client's sent check-ins, newest first (a client: their own). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
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
                        "application/json": components["schemas"]["CheckInSubmissionListPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Send the answers for this week's or an overdue check-in (the client). */
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
                    "application/json": components["schemas"]["CheckInSubmissionWrite"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckInSubmission"];
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
    "/api/clients/{client_id}/check-ins/due": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** A client's weekly check-in: the form, this week's due day and the overdue weeks (a client: their own). */
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
                        "application/json": components["schemas"]["CheckInDue"];
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
    "/api/clients/{client_id}/credits": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** A client's usable credits: the balance, per session kind, and each open grant with its expiry. */
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
                        "application/json": components["schemas"]["Credits"];
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
    "/api/clients/{client_id}/credits/adjustments": {
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
        /** Add credits by hand or take some away, with a note saying why (owners and admins). */
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
                    "application/json": components["schemas"]["Adjustment"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Credits"];
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
    "/api/clients/{client_id}/credits/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** A client's credit ledger, newest first, each row as a sentence in the studio's zone. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
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
                        "application/json": components["schemas"]["LedgerEntryPage"];
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
    "/api/clients/{client_id}/data-export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** Everything the studio holds about a client, as a zip (data.json and their files). */
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
    "/api/clients/{client_id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** The documents shared with a client (a client: their own), with where they stand on waivers. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    q?: string;
                    category?: "workout_plan" | "meal_plan" | "form" | "waiver" | "other";
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
                        "application/json": components["schemas"]["ClientDocumentPage"];
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
    "/api/clients/{client_id}/documents/{document_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
                document_id: number;
            };
            cookie?: never;
        };
        /** One document shared with a client, with short-lived links to its current file. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                    document_id: number;
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
                        "application/json": components["schemas"]["ClientDocumentDetail"];
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
    "/api/clients/{client_id}/documents/{document_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
                document_id: number;
            };
            cookie?: never;
        };
        /** Download the current version of a document shared with a client. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                    document_id: number;
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
    "/api/clients/{client_id}/documents/{document_id}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
                document_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the current version of a waiver shared with you: your full name and your consent. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                    document_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WaiverSign"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WaiverSignature"];
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
    "/api/clients/{client_id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** Whether a client was erased, and whether you may erase them. */
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
                        "application/json": components["schemas"]["ErasureStatus"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Erase a client for good: anonymised everywhere, files deleted, invoices and payments kept. */
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
                    "application/json": components["schemas"]["Erasure"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErasureStatus"];
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
    "/api/clients/{client_id}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** A client's goals, active first, with progress computed from their measurements, log, attendance and habits. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Only goals of this status; every goal when left out (active first). */
                    status?: "active" | "achieved" | "abandoned";
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
                        "application/json": components["schemas"]["GoalPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Set a goal for a client: a measurement, lift, attendance or habit-streak target, with milestones. */
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
                    "application/json": components["schemas"]["GoalCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Goal"];
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
    "/api/clients/{client_id}/goals/options": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** What a goal may be set on for a client: measurement types with their latest value, and their habits. */
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
                        "application/json": components["schemas"]["GoalOptions"];
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
    "/api/clients/{client_id}/habits": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** A client's habits with today's tick and streaks (a client reads their own). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description The archived habits instead. */
                    archived?: boolean;
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
                        "application/json": components["schemas"]["HabitWithStatusPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Give a client a daily habit (their trainers and managers). */
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
                    "application/json": components["schemas"]["HabitCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Habit"];
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
    "/api/clients/{client_id}/habits/grid": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** The last 4 weeks of each habit day by day, with streaks (a client reads their own). */
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
                        "application/json": components["schemas"]["HabitGrid"];
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
    "/api/clients/{client_id}/measurements": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** A client's current entries, newest day first (the client, their trainers, managers). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Only entries of this type. */
                    type_id?: number | null;
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
                        "application/json": components["schemas"]["MeasurementPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Enter one or more values for one day, in your units (a type already measured that day is corrected). */
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
                    "application/json": components["schemas"]["MeasurementCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Measurement"][];
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
    "/api/clients/{client_id}/measurements/body-composition": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** Fat and lean mass over a range, from weight and body fat % (lean mass where it was measured). */
        get: {
            parameters: {
                query?: {
                    /** @description First day; left out: the first. */
                    from?: string | null;
                    /** @description Last day, included; left out: the last. */
                    to?: string | null;
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
                        "application/json": components["schemas"]["BodyComposition"];
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
    "/api/clients/{client_id}/measurements/chart": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** One type over a range: its entries, the 7-entry moving average and the active goal's line. */
        get: {
            parameters: {
                query: {
                    /** @description First day; left out: the first. */
                    from?: string | null;
                    /** @description Last day, included; left out: the last. */
                    to?: string | null;
                    type_id: number;
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
                        "application/json": components["schemas"]["Chart"];
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
    "/api/clients/{client_id}/measurements/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** Download a client's measurements, one row per entry, as CSV or Excel, in your units. */
        get: {
            parameters: {
                query?: {
                    /** @description First day; left out: the first. */
                    from?: string | null;
                    /** @description Last day, included; left out: the last. */
                    to?: string | null;
                    /** @description `csv` (default) or `xlsx`: an Excel workbook with typed cells, times in your zone. */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path: {
                    client_id: number;
                };
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
    "/api/clients/{client_id}/measurements/latest": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** The newest value of each type the client has, with the change since the one before. */
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
                        "application/json": components["schemas"]["LatestMeasurements"];
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
    "/api/clients/{client_id}/measurements/{measurement_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
                measurement_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an entry from the charts and lists; its history keeps it. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                    measurement_id: number;
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
    "/api/clients/{client_id}/measurements/{measurement_id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
                measurement_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct an entry: the new value becomes current, the old one stays in its history. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                    measurement_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeasurementCorrection"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Measurement"];
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
    "/api/clients/{client_id}/measurements/{measurement_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
                measurement_id: number;
            };
            cookie?: never;
        };
        /** Every value an entry has had, newest first, with who entered and replaced each. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                    measurement_id: number;
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
                        "application/json": components["schemas"]["MeasurementHistory"];
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
    "/api/clients/{client_id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** A client's memberships, newest first (the client reads their own). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
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
                        "application/json": components["schemas"]["MembershipPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Start a membership: its first period is invoiced and its credits granted (owners and admins). */
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
                    "application/json": components["schemas"]["MembershipCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Membership"];
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
    "/api/clients/{client_id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** The days a client has photos of, newest first, each with its poses and signed links (valid a few minutes). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
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
                        "application/json": components["schemas"]["PhotoDayPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Upload a photo of a pose for a day; one already there for that pose and day is replaced. */
        post: {
            parameters: {
                query: {
                    pose: "front" | "side" | "back";
                    /** @description The day the photo shows; not in the future. */
                    taken_on: string;
                };
                header?: never;
                path: {
                    client_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description A JPEG, PNG, WebP or HEIC picture (HEIC is stored as JPEG), at most 25 MB.
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgressPhoto"];
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
    "/api/clients/{client_id}/photos/compare": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** Two days' photos side by side, pose by pose. */
        get: {
            parameters: {
                query: {
                    /** @description The earlier day. */
                    before: string;
                    /** @description The later day. */
                    after: string;
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
                        "application/json": components["schemas"]["PhotoComparison"];
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
    "/api/clients/{client_id}/photos/{photo_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
                photo_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a photo (the client, their trainers, managers); its file goes with it. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: number;
                    photo_id: number;
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
    "/api/clients/{client_id}/programs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** A client's programs, newest first (a client their own). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
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
                        "application/json": components["schemas"]["ClientProgramPage"];
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
    "/api/clients/{client_id}/sales": {
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
        /** Sell a product to a client: a pack grants credits, a membership starts (owner, admin). */
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
                    "application/json": components["schemas"]["SaleCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sale"];
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
    "/api/clients/{client_id}/training/exercises": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** The exercises a client has logged, most recent first, with their best e1RM. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
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
                        "application/json": components["schemas"]["LoggedExercisePage"];
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
    "/api/clients/{client_id}/training/exercises/{exercise_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
                exercise_id: number;
            };
            cookie?: never;
        };
        /** An exercise's e1RM chart: the best set of each training day, and the client's records in it. */
        get: {
            parameters: {
                query?: {
                    /** @description First day (in the client's zone). */
                    from?: string | null;
                    /** @description Last day, included (in the client's zone). */
                    to?: string | null;
                };
                header?: never;
                path: {
                    client_id: number;
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
                        "application/json": components["schemas"]["ExerciseProgress"];
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
    "/api/clients/{client_id}/training/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** Download a client's training history, one row per set, as CSV or Excel. */
        get: {
            parameters: {
                query?: {
                    /** @description First day (in the client's zone). */
                    from?: string | null;
                    /** @description Last day, included (in the client's zone). */
                    to?: string | null;
                    /** @description `csv` (default) or `xlsx`: an Excel workbook with typed cells, times in your zone. */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path: {
                    client_id: number;
                };
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
    "/api/clients/{client_id}/training/records": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** A client's current personal records per exercise, newest first (the client, their trainers, managers). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
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
                        "application/json": components["schemas"]["ExerciseRecordsPage"];
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
    "/api/clients/{client_id}/training/volume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** Weekly volume per primary muscle group over a range, by default the last 12 weeks. */
        get: {
            parameters: {
                query?: {
                    /** @description First day (in the client's zone). */
                    from?: string | null;
                    /** @description Last day, included (in the client's zone). */
                    to?: string | null;
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
                        "application/json": components["schemas"]["TrainingVolume"];
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
    "/api/clients/{client_id}/waiver-signatures": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** Every waiver signature a client has made (a client: their own), newest first. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
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
                        "application/json": components["schemas"]["WaiverSignaturePage"];
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
    "/api/clients/{client_id}/workouts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        /** A client's workouts, newest first, each exercise's sets in one line (a client reads their own). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
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
                        "application/json": components["schemas"]["WorkoutSummaryPage"];
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
    "/api/developers/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio's API keys, newest first: prefix, scopes, expiry, last use (owner, admin). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Also list revoked keys. */
                    include_revoked?: boolean;
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
                        "application/json": components["schemas"]["ApiKeyPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Make an API key; the answer holds the key itself, which is never shown again (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApiKeyCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKeyCreated"];
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
    "/api/developers/keys/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scopes a key may hold, grouped per resource as the key dialog offers them (owner, admin). */
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
                        "application/json": components["schemas"]["ScopeCatalogue"];
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
    "/api/developers/keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: number;
            };
            cookie?: never;
        };
        /** One API key (never the key itself) (owner, admin). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key_id: number;
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
                        "application/json": components["schemas"]["ApiKey"];
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
    "/api/developers/keys/{key_id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop an API key working from now on (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key_id: number;
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
                        "application/json": components["schemas"]["ApiKey"];
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
    "/api/developers/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio's API settings: the rate limit per key and the server's default (owner, admin). */
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
                        "application/json": components["schemas"]["ApiSettings"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        /** Set the calls per minute each of the studio's keys may make, or null for the server's default (owner). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApiSettingsUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiSettings"];
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
    "/api/developers/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio's webhook endpoints, newest first (owner, admin). */
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
                        "application/json": components["schemas"]["WebhookEndpointPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Register an endpoint; its signing secret is in this answer only (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WebhookEndpointCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpointWithSecret"];
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
    "/api/developers/webhooks/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The events an endpoint may subscribe to, with what each means (owner, admin). */
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
                        "application/json": components["schemas"]["WebhookEventType"][];
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
    "/api/developers/webhooks/{endpoint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: number;
            };
            cookie?: never;
        };
        /** One webhook endpoint (owner, admin). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    endpoint_id: number;
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
                        "application/json": components["schemas"]["WebhookEndpoint"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        post?: never;
        /** Remove an endpoint and its delivery log (owner, admin). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    endpoint_id: number;
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
        /** Change an endpoint's address, description or events, or turn it off or on (owner, admin). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    endpoint_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WebhookEndpointUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/developers/webhooks/{endpoint_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: number;
            };
            cookie?: never;
        };
        /** An endpoint's delivery log, newest first, with each answer's status code (owner, admin). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    status?: "pending" | "sending" | "delivered" | "failed" | "dead";
                };
                header?: never;
                path: {
                    endpoint_id: number;
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
                        "application/json": components["schemas"]["WebhookDeliveryPage"];
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
    "/api/developers/webhooks/{endpoint_id}/deliveries/{delivery_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: number;
                delivery_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery's event again now, same id and body (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    endpoint_id: number;
                    delivery_id: number;
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
                        "application/json": components["schemas"]["WebhookDelivery"];
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
    "/api/developers/webhooks/{endpoint_id}/roll-secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give an endpoint a new signing secret, in this answer only; the old one signs too for 24 hours (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    endpoint_id: number;
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
                        "application/json": components["schemas"]["WebhookEndpointWithSecret"];
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
    "/api/developers/webhooks/{endpoint_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the endpoint a `webhook.test` event; its answer shows in the delivery log (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    endpoint_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
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
    "/api/document-folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio's document folders, by name, each with its documents counted. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Only folders directly inside this one. */
                    parent_id?: number;
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
                        "application/json": components["schemas"]["DocumentFolderPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Add a folder, at the top or inside another. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DocumentFolderCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentFolder"];
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
    "/api/document-folders/{folder_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                folder_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a folder with nothing live inside. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    folder_id: number;
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
        /** Rename or move a folder. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    folder_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DocumentFolderUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentFolder"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the studio's documents: search by title and tags, filter by folder, category, tag or client. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Prefix search over the title and tags. */
                    q?: string;
                    category?: "workout_plan" | "meal_plan" | "form" | "waiver" | "other";
                    /** @description Directly inside this folder. */
                    folder_id?: number;
                    /** @description Only documents in no folder. */
                    unfiled?: boolean;
                    tag?: string;
                    /** @description Shared with this client (one by one or with everyone). */
                    client_id?: number;
                    /** @description include: archived documents too; only: just those. By default none. */
                    archived?: "include" | "only";
                    sort?: "updated_at" | "title" | "-updated_at" | "-title";
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
                        "application/json": components["schemas"]["DocumentPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Upload a document (multipart: the file in `file`) as its first version. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": components["schemas"]["DocumentUpload"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentDetail"];
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
    "/api/documents/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tags the studio's documents carry, most used first. */
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
                        "application/json": components["schemas"]["DocumentTagPage"];
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
    "/api/documents/{document_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        /** One document with its current version and a short-lived link to it. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    document_id: number;
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
                        "application/json": components["schemas"]["DocumentDetail"];
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
        /** Change a document's title, description, category, folder or tags. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    document_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DocumentUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentDetail"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/documents/{document_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a document: out of the library and out of clients' view, versions kept (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    document_id: number;
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
                        "application/json": components["schemas"]["DocumentDetail"];
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
    "/api/documents/{document_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring an archived document back (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    document_id: number;
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
                        "application/json": components["schemas"]["DocumentDetail"];
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
    "/api/documents/{document_id}/share-all": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        get?: never;
        /** Share a document with every client of the studio, clients who join later too (owner, admin). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    document_id: number;
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
                        "application/json": components["schemas"]["DocumentDetail"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        post?: never;
        /** Stop sharing a document with every client (those shared one by one keep it) (owner, admin). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    document_id: number;
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
                        "application/json": components["schemas"]["DocumentDetail"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{document_id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        /** The clients a document is shared with one by one (trainers: their own clients). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                };
                header?: never;
                path: {
                    document_id: number;
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
                        "application/json": components["schemas"]["DocumentSharePage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Share a document with some clients (trainers: their own). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    document_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DocumentShareCreate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentSharePage"];
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
    "/api/documents/{document_id}/shares/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
                client_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop sharing a document with one client. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    document_id: number;
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
        patch?: never;
        trace?: never;
    };
    "/api/documents/{document_id}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        /** Who has signed a waiver, who signed an earlier version, who has not (trainers: their clients). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    status?: "signed" | "outdated" | "unsigned";
                };
                header?: never;
                path: {
                    document_id: number;
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
                        "application/json": components["schemas"]["WaiverSignatureStatusPage"];
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
    "/api/documents/{document_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
            };
            cookie?: never;
        };
        /** Every version of a document, newest first: number, who, when, size, note. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                };
                header?: never;
                path: {
                    document_id: number;
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
                        "application/json": components["schemas"]["DocumentVersionPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Upload a new version (multipart: the file in `file`); earlier ones are kept, waivers ask again. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    document_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": components["schemas"]["DocumentVersionUpload"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentDetail"];
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
    "/api/documents/{document_id}/versions/{number}/download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
                number: number;
            };
            cookie?: never;
        };
        /** Download one version of a document. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    document_id: number;
                    number: number;
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
    "/api/documents/{document_id}/versions/{number}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document_id: number;
                number: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an earlier version current again, as a new version with the same file. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    document_id: number;
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentDetail"];
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
    "/api/files/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        /** Download the file a signed link names; the link itself is the permission, until it expires. */
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
                /** @description The file's bytes, with its Content-Type, Content-Disposition and X-Content-Type-Options. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description The link is not valid (tampered, or the file is gone). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The link has expired. */
                410: {
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
    "/api/goals/{goal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goal_id: number;
            };
            cookie?: never;
        };
        /** One goal with its progress. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goal_id: number;
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
                        "application/json": components["schemas"]["Goal"];
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
        /** Change an active goal's title, target, target date or milestones. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goal_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GoalUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Goal"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/goals/{goal_id}/abandon": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                goal_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop tracking an active goal; it stays in the list as abandoned. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goal_id: number;
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
                        "application/json": components["schemas"]["Goal"];
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
    "/api/habits/{habit_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                habit_id: number;
            };
            cookie?: never;
        };
        /** One habit (its client, their trainers, managers). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    habit_id: number;
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
                        "application/json": components["schemas"]["Habit"];
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
        /** Rename a habit or change its target or start; days already ticked keep their result. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    habit_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HabitUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Habit"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/habits/{habit_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                habit_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a habit; its history stays. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    habit_id: number;
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
                        "application/json": components["schemas"]["Habit"];
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
    "/api/habits/{habit_id}/days/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                habit_id: number;
                day: string;
            };
            cookie?: never;
        };
        get?: never;
        /** Tick off a day: a client today and the last 7 days, staff any past day. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    habit_id: number;
                    day: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HabitLogWrite"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HabitLog"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        post?: never;
        /** Take back a day's tick (same days as ticking it off). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    habit_id: number;
                    day: string;
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
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 200 while the process answers requests; touches neither the database nor Redis. */
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
                        "application/json": components["schemas"]["Liveness"];
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
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 200 when the database answers at this code's schema and Redis (if configured) answers; else 503. */
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
                        "application/json": components["schemas"]["Readiness"];
                    };
                };
                /** @description A check failed; `checks` says which and why. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
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
        /** Accept an invitation: create the account with its password and sign it in (or set up 2FA, when required). */
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
                /** @description The password is right; two-factor sign-in needs a code (or, required by the studio, its setup). */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecondStep"];
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
    "/api/measurement-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The types the studio measures: the built-in ones, then its own, in their order. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Also the studio's archived types (for the managers' list). */
                    include_archived?: boolean;
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
                        "application/json": components["schemas"]["MeasurementTypePage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Add a measurement type of the studio's own (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeasurementTypeCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeasurementType"];
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
    "/api/measurement-types/{type_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, archive or restore one of the studio's own types (owner, admin). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    type_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeasurementTypeUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeasurementType"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/messages/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find messages by their words in the conversations you may open, best matches first. */
        get: {
            parameters: {
                query: {
                    page?: number;
                    per_page?: number;
                    q: string;
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
                        "application/json": components["schemas"]["MessageSearchHitPage"];
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
    "/api/messages/{message_id}/attachment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: number;
            };
            cookie?: never;
        };
        /** Download a message's attachment. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    message_id: number;
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
    "/api/messages/{message_id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: number;
            };
            cookie?: never;
        };
        /** A small picture of a message's attached image. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    message_id: number;
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
    "/api/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which notifications the caller receives, by email, text message and push. */
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
                        "application/json": components["schemas"]["Preference"][];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        /** Turn notifications on or off, per topic and channel, for the caller. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PreferencesUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Preference"][];
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
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notifications, newest first, optionally only unread ones. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description true: only unread notifications; false: only read ones; absent: all. */
                    unread?: boolean;
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
                        "application/json": components["schemas"]["NotificationPage"];
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
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every notification of the caller read. */
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
                        "application/json": components["schemas"]["UnreadCount"];
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
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the caller's notifications are unread. */
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
                        "application/json": components["schemas"]["UnreadCount"];
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
    "/api/notifications/{notification_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notification_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the caller's notifications read. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    notification_id: number;
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
                        "application/json": components["schemas"]["Notification"];
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
    "/api/organization/storage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio's stored bytes against its quota, in total and per kind of file (owner, admin). */
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
                        "application/json": components["schemas"]["StorageUsage"];
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
    "/api/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio's outgoing messages, newest first, optionally of one status (owner, admin). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    status?: "pending" | "sending" | "sent" | "failed" | "dead";
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
                        "application/json": components["schemas"]["OutboxMessagePage"];
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
    "/api/outbox/{message_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed or dead message again (owner, admin). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    message_id: number;
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
                        "application/json": components["schemas"]["OutboxMessage"];
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
    "/api/privacy/my-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything the studio holds about you, as a zip (data.json and your files). */
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
    "/api/privacy/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio's retention of archived clients. */
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
                        "application/json": components["schemas"]["PrivacySettings"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        /** Erase archived clients after a number of months, or keep them (null). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PrivacySettings"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrivacySettings"];
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
    "/api/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List program templates: the studio's shared ones and your own; search, filter, paginate. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Words of the name. */
                    q?: string;
                    category?: string;
                    tag?: string;
                    visibility?: "private" | "studio";
                    status?: "active" | "archived" | "all";
                    sort?: "name" | "updated_at" | "-name" | "-updated_at";
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
                        "application/json": components["schemas"]["TemplatePage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Create a template; its document becomes version 1. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TemplateCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemplateDetail"];
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
    "/api/programs/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: number;
            };
            cookie?: never;
        };
        /** One template with its current document and the exercises it names. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    template_id: number;
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
                        "application/json": components["schemas"]["TemplateDetail"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        /** Save the whole template; a changed document becomes a new version (its owner or a manager). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    template_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TemplateSave"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemplateDetail"];
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
    "/api/programs/{template_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a template: hidden from the list and from assigning (its owner or a manager). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    template_id: number;
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
                        "application/json": components["schemas"]["TemplateDetail"];
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
    "/api/programs/{template_id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give each client their own copy of the current version, laid out on dates; all or nothing. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    template_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Assign"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assigned"];
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
    "/api/programs/{template_id}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: number;
            };
            cookie?: never;
        };
        /** What changed between two versions of a template, in sentences. */
        get: {
            parameters: {
                query: {
                    from: number;
                    to: number;
                };
                header?: never;
                path: {
                    template_id: number;
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
                        "application/json": components["schemas"]["Comparison"];
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
    "/api/programs/{template_id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make your own private copy of a template, "Copy of …". */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    template_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemplateDetail"];
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
    "/api/programs/{template_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore an archived template (its owner or a manager). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    template_id: number;
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
                        "application/json": components["schemas"]["TemplateDetail"];
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
    "/api/programs/{template_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: number;
            };
            cookie?: never;
        };
        /** A template's versions, newest first: who saved each, when, and what changed. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                };
                header?: never;
                path: {
                    template_id: number;
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
                        "application/json": components["schemas"]["VersionPage"];
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
    "/api/programs/{template_id}/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: number;
                number: number;
            };
            cookie?: never;
        };
        /** One version of a template with its document. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    template_id: number;
                    number: number;
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
                        "application/json": components["schemas"]["VersionDetail"];
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
    "/api/push/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The server's VAPID public key, for PushManager.subscribe. */
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
                        "application/json": components["schemas"]["PublicKey"];
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
    "/api/push/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive push notifications on this device (the same endpoint again updates it). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SubscriptionCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Subscription"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        /** Stop push notifications on this device. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SubscriptionDelete"];
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
        options?: never;
        head?: never;
        patch?: never;
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
    "/api/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio's segments by name, each with how many clients it holds now. */
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
                        "application/json": components["schemas"]["SegmentPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Save a segment. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SegmentCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Segment"];
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
    "/api/segments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many clients unsaved filters match now, and the first of them (the segment builder's live count). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FiltersPreview"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentPreview"];
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
    "/api/segments/{segment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                segment_id: number;
            };
            cookie?: never;
        };
        /** One segment with its live count. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    segment_id: number;
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
                        "application/json": components["schemas"]["Segment"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        post?: never;
        /** Delete a segment that no campaign uses. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    segment_id: number;
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
        /** Rename a segment or change its filters. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    segment_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SegmentUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Segment"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/segments/{segment_id}/count": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                segment_id: number;
            };
            cookie?: never;
        };
        /** How many clients the segment holds now, and how many of them have an email address. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    segment_id: number;
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
                        "application/json": components["schemas"]["SegmentCount"];
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
    "/api/segments/{segment_id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                segment_id: number;
            };
            cookie?: never;
        };
        /** The segment's live count and its first clients by name. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    segment_id: number;
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
                        "application/json": components["schemas"]["SegmentPreview"];
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
                    /** @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31. Sessions over by this instant (a client's past sessions, without one in progress). */
                    ended_by?: string;
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
    "/api/sms/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A text to a studio's number (Twilio's webhook; its signature is the permission); answers in TwiML. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": components["schemas"]["InboundText"];
                };
            };
            responses: {
                /** @description OK */
                200: {
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
    "/api/sms/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio's texting set-up: its number and where Twilio should call (owner, admin). */
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
                        "application/json": components["schemas"]["SmsSettings"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        /** Set or clear the number the studio texts from (owner). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SmsSettingsUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SmsSettings"];
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
    "/api/sms/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Twilio reports how a text fared (its signature is the permission). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": components["schemas"]["StatusCallback"];
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
    "/api/sms/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Texts sent, delivered, failed and received per month in the studio's zone, newest first (owner, admin). */
        get: {
            parameters: {
                query?: {
                    months?: number;
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
                        "application/json": components["schemas"]["Usage"];
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
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks: open ones by due date; a trainer sees their own, a manager everyone's. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    status?: "open" | "done" | "all";
                    /** @description Only the caller's (trainers see only theirs). */
                    mine?: boolean;
                    assignee_id?: number;
                    client_id?: number;
                    due?: "today" | "overdue";
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
                        "application/json": components["schemas"]["TaskPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Make a task for yourself (or, as a manager, for another staff member). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TaskCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
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
    "/api/tasks/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your open tasks: how many, due today, overdue. */
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
                        "application/json": components["schemas"]["TaskSummary"];
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
    "/api/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        /** One task. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    task_id: number;
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
                        "application/json": components["schemas"]["Task"];
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
        /** Change a task's title, notes, due date, assignee or client. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    task_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TaskUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/tasks/{task_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a task done. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    task_id: number;
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
                        "application/json": components["schemas"]["Task"];
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
    "/api/tasks/{task_id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a done task as still to do. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    task_id: number;
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
                        "application/json": components["schemas"]["Task"];
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
    "/api/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversations you may open, newest activity first, with unread counts. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Words in the thread's title (a client's name). */
                    q?: string;
                    /** @description Only this client's thread. */
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
                        "application/json": components["schemas"]["ThreadPage"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Start a group conversation with people of your studio (owner, admin, trainer). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GroupCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Thread"];
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
    "/api/threads/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your unread messages over all your conversations. */
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
                        "application/json": components["schemas"]["UnreadTotal"];
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
    "/api/threads/{thread_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: number;
            };
            cookie?: never;
        };
        /** One conversation, with its members and how far each has read. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    thread_id: number;
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
                        "application/json": components["schemas"]["Thread"];
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
        /** Rename a group conversation and change who is in it (owner, admin, trainer). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    thread_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GroupUpdate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Thread"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/threads/{thread_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a picture or a PDF (multipart: the file in `file`), with words if you like. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    thread_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": components["schemas"]["AttachmentUpload"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Message"];
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
    "/api/threads/{thread_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: number;
            };
            cookie?: never;
        };
        /** Messages of a conversation, oldest first: the latest, those before one (scrolling back) or after one. */
        get: {
            parameters: {
                query?: {
                    /** @description Messages older than this one (scrolling back). */
                    before?: number;
                    /** @description Messages newer than this one (catching up). */
                    after?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    thread_id: number;
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
                        "application/json": components["schemas"]["MessageList"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Send a message. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    thread_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MessageCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Message"];
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
    "/api/threads/{thread_id}/messages/{message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: number;
                message_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a message: yours, or any as owner or admin (a trace is kept). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    thread_id: number;
                    message_id: number;
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
                        "application/json": components["schemas"]["Message"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        options?: never;
        head?: never;
        /** Change the words of your own message (the earlier words are kept). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    thread_id: number;
                    message_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MessageCreate"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Message"];
                    };
                };
                422: components["responses"]["UNPROCESSABLE_ENTITY"];
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        trace?: never;
    };
    "/api/threads/{thread_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Say you have read a conversation up to a message; the others see how far. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    thread_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Read"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReadResult"];
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
    "/api/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        /** What an unsubscribe link turns off (no sign-in: the signed token is the permission). */
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
                    content: {
                        "application/json": components["schemas"]["Unsubscribe"];
                    };
                };
                default: components["responses"]["DEFAULT_ERROR"];
            };
        };
        put?: never;
        /** Turn off what an unsubscribe link names: RFC 8058 one-click, no sign-in (the signed token is the permission). */
        post: {
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
                    content: {
                        "application/json": components["schemas"]["Unsubscribe"];
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
    "/api/workouts/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Store a device's queued logs and sets once each (newest change wins) and answer what the server holds. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Sync"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SyncResult"];
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
    "/api/workouts/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today's workout in the client's zone (else the next one), with all a phone needs to log it offline. */
        get: {
            parameters: {
                query?: {
                    /** @description Staff: whose workout. Clients read their own. */
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
                        "application/json": components["schemas"]["Today"];
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
    "/api/workouts/upcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's workouts from today on that are not done, soonest first, for a device to cache ahead. */
        get: {
            parameters: {
                query?: {
                    /** @description Staff: whose workout. Clients read their own. */
                    client_id?: number;
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
                        "application/json": components["schemas"]["PlannedWorkoutPage"];
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
    "/api/workouts/{workout_log_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workout_log_id: string;
            };
            cookie?: never;
        };
        /** One workout log in full: its sets by exercise, notes, duration, volume and records. */
        get: {
            parameters: {
                query?: never;
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
                        "application/json": components["schemas"]["WorkoutLog"];
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
            readonly action?: "create" | "update" | "delete" | "archive" | "restore" | "assign" | "unassign" | "finish_workout" | "comment" | "set_goal" | "change_goal" | "abandon_goal" | "achieve_goal" | "reach_milestone" | "add_photo" | "remove_photo" | "assign_habit" | "change_habit" | "archive_habit" | "assign_check_in" | "end_check_in" | "submit_check_in" | "reply_check_in" | "review_check_in" | "revoke" | "send" | "complete" | "reopen" | "disable" | "enable" | "export" | "erase";
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
            readonly entity_type?: "client" | "trainer" | "session" | "session_series" | "organization" | "exercise" | "program_template" | "client_program" | "document" | "document_folder" | "waiver_signature" | "check_in_form" | "product" | "tax_rate" | "discount" | "invoice" | "payment" | "membership" | "api_key" | "webhook_endpoint" | "automation_rule" | "task" | "segment" | "campaign" | "api_settings" | "two_factor";
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
        Adjustment: {
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             * @default null
             */
            expires_at?: string | null;
            /** @example Goodwill: the trainer was ill */
            note: string;
            /** @description Positive: a new grant by hand; negative: taken from the earliest-expiring grants. */
            quantity: number;
            session_kinds?: ("personal" | "group" | "assessment" | "consultation")[];
        };
        AgeBucket: {
            amount: number;
            invoices: number;
            /** @example days_31_60 */
            key: string;
            /** @example 31–60 days */
            label: string;
        };
        ApiKey: {
            /** Format: date-time */
            created_at: string;
            /** @description Who made the key (it acts as them). */
            created_by_name: string | null;
            /** Format: date-time */
            expires_at: string | null;
            id: number;
            /** Format: date-time */
            last_used_at: string | null;
            last_used_ip: string | null;
            name: string;
            /** @description The key's visible start (`fcrm_ab12cd34`), to recognise it by. */
            prefix: string;
            /** Format: date-time */
            revoked_at: string | null;
            scopes: components["schemas"]["Scope"][];
            /** @description active | expired | revoked */
            status: string;
        };
        ApiKeyCreate: {
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31. When the key stops working; none: never.
             * @default null
             */
            expires_at?: string | null;
            /** @description What the key is for, e.g. “Zapier”. */
            name: string;
            scopes: ("clients:read" | "clients:write" | "trainers:read" | "trainers:write" | "assignments:read" | "assignments:write" | "sessions:read" | "sessions:write" | "availability:read" | "availability:write" | "programs:read" | "programs:write" | "measurements:read" | "measurements:write" | "invoices:read" | "invoices:write" | "payments:read" | "payments:write" | "automation:run")[];
        };
        ApiKeyCreated: {
            /** Format: date-time */
            created_at: string;
            /** @description Who made the key (it acts as them). */
            created_by_name: string | null;
            /** Format: date-time */
            expires_at: string | null;
            id: number;
            /** @description The key itself. Shown this once: only its hash is kept, so it cannot be shown again. */
            key: string;
            /** Format: date-time */
            last_used_at: string | null;
            last_used_ip: string | null;
            name: string;
            /** @description The key's visible start (`fcrm_ab12cd34`), to recognise it by. */
            prefix: string;
            /** Format: date-time */
            revoked_at: string | null;
            scopes: components["schemas"]["Scope"][];
            /** @description active | expired | revoked */
            status: string;
        };
        ApiKeyPage: {
            items: components["schemas"]["ApiKey"][];
            meta: components["schemas"]["PageMeta"];
        };
        ApiSettings: {
            /** @description The server's limit, as people read it: “120 calls per minute”. */
            default_rate_limit: string;
            /** @description Calls per minute each of the studio's keys may make; null: the server's default. */
            rate_limit_per_minute: number | null;
        };
        ApiSettingsUpdate: {
            rate_limit_per_minute: number | null;
        };
        Assign: {
            client_ids: number[];
            /**
             * @description End a client's active program (and its unlogged future workouts) instead of a 409.
             * @default false
             */
            replace_current?: boolean;
            /** Format: date */
            start_date: string;
            /**
             * @description ISO weekdays, 1 = Monday; by default the program's days per week, spread out.
             * @default null
             */
            training_weekdays?: number[] | null;
        };
        Assigned: {
            programs: components["schemas"]["ClientProgram"][];
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
        Attachment: {
            content_type: string;
            name: string;
            size: number;
            thumbnail_url: string | null;
            url: string;
        };
        AttachmentUpload: {
            body?: string | null;
        };
        Attendance: {
            note?: string | null;
            /** @enum {string} */
            status: "completed" | "no_show" | "late_cancel";
        };
        AutomationOption: {
            label?: string;
            value?: string;
        };
        AutomationOptions: {
            conditions?: components["schemas"]["AutomationOption"][];
            merge_fields?: components["schemas"]["AutomationOption"][];
            steps?: components["schemas"]["AutomationOption"][];
            triggers?: components["schemas"]["AutomationOption"][];
            triggers_with_days?: string[];
        };
        AutomationTemplate: {
            description?: string;
            key?: string;
            name?: string;
            steps?: components["schemas"]["Step"][];
            trigger?: string;
            trigger_days?: number | null;
            trigger_text?: string;
        };
        AutomationTemplateList: {
            items: components["schemas"]["AutomationTemplate"][];
        };
        BillingSettings: {
            address?: string | null;
            credit_policy?: string;
            /** @example USD */
            currency?: string;
            /** @description Decimal places of the currency's minor unit (2 for USD, 0 for JPY). */
            readonly currency_exponent?: unknown;
            /** @description True once an invoice is issued: the currency can no longer change. */
            currency_locked?: boolean;
            grace_days?: number;
            invoice_due_days?: number;
            invoice_footer?: string | null;
            late_cancel_fee?: number;
            late_cancel_hours?: number;
            late_cancel_penalty?: string;
            legal_name?: string | null;
            no_show_fee?: number;
            no_show_penalty?: string;
            retry_days?: number[];
            /** @description Whether a Stripe secret key is stored (it is never returned). */
            readonly stripe_configured?: unknown;
            stripe_publishable_key?: string | null;
            /** @description Whether a Stripe webhook signing secret is stored (it is never returned). */
            readonly stripe_webhook_configured?: unknown;
            tax_id?: string | null;
        };
        BillingSettingsUpdate: {
            address?: string | null;
            /** @enum {string} */
            credit_policy?: "required" | "warn" | "off";
            currency?: string;
            grace_days?: number;
            invoice_due_days?: number;
            invoice_footer?: string | null;
            /** @description Minor units of the studio's currency (1250 is $12.50). */
            late_cancel_fee?: number;
            late_cancel_hours?: number;
            /** @enum {string} */
            late_cancel_penalty?: "forfeit" | "fee" | "none";
            legal_name?: string | null;
            /** @description Minor units of the studio's currency (1250 is $12.50). */
            no_show_fee?: number;
            /** @enum {string} */
            no_show_penalty?: "forfeit" | "fee" | "none";
            retry_days?: number[];
            stripe_publishable_key?: string | null;
            /** @description Write-only; stored encrypted. */
            stripe_secret_key?: string | null;
            /** @description Write-only; stored encrypted. */
            stripe_webhook_secret?: string | null;
            tax_id?: string | null;
        };
        Block: {
            exercises: components["schemas"]["BlockExercise"][];
            /** @description Stays the same across edits, copies and versions. */
            key?: string;
            /**
             * @default single
             * @enum {string}
             */
            kind?: "single" | "superset" | "circuit";
            /** @default null */
            name?: string | null;
            /** @default null */
            rest_seconds?: number | null;
            /** @default null */
            rounds?: number | null;
        };
        BlockExercise: {
            exercise_id: number;
            /** @description Stays the same across edits, copies and versions. */
            key?: string;
            prescription?: components["schemas"]["Prescription"];
        };
        BodyComposition: {
            /** @description Says which points' lean mass was worked out rather than measured, if any. */
            readonly derived_note?: string | null;
            /** @description Oldest first. */
            readonly points?: components["schemas"]["BodyCompositionPoint"][];
            readonly thinned?: boolean;
            /** @description "kg" or "lb". */
            readonly unit?: string;
        };
        BodyCompositionPoint: {
            /** @description Body fat, percent. */
            readonly body_fat_percent?: number | null;
            /** Format: date */
            readonly date?: string;
            /** @description weight x body fat %, in the reader's unit. */
            readonly fat_mass?: number | null;
            /** @description As measured that day, else weight - fat mass. */
            readonly lean_mass?: number | null;
            /** @description Lean mass was not measured. */
            readonly lean_mass_derived?: boolean;
            /** @description The weight that day (else the latest before it), in the reader's unit. */
            readonly weight?: number | null;
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
        Campaign: {
            readonly body_html?: string;
            readonly body_text?: string;
            /** Format: date-time */
            readonly cancelled_at?: string | null;
            /** Format: date-time */
            readonly created_at?: string;
            /**
             * Format: date-time
             * @description When the A/B winner is picked.
             */
            readonly decide_at?: string | null;
            readonly id?: number;
            readonly name?: string;
            readonly sample_percent?: number | null;
            /** Format: date-time */
            readonly scheduled_at?: string | null;
            readonly segment_id?: number;
            readonly segment_name?: string | null;
            /** Format: date-time */
            readonly sent_at?: string | null;
            /** Format: date-time */
            readonly started_at?: string | null;
            readonly stats?: components["schemas"]["CampaignStats"];
            /** @enum {string} */
            readonly status?: "draft" | "scheduled" | "sending" | "sent" | "cancelled";
            readonly subject?: string;
            readonly subject_b?: string | null;
            /** @description The plain text follows the HTML. */
            readonly text_is_derived?: boolean;
            /** Format: date-time */
            readonly updated_at?: string;
            readonly wait_hours?: number | null;
            /** @description a or b, once picked. */
            readonly winner?: string | null;
        };
        CampaignCreate: {
            body_html: string;
            /** @description Blank: derived from the HTML when sent. */
            body_text?: string | null;
            name: string;
            /** @description Share of recipients in the A/B sample. */
            sample_percent?: number | null;
            segment_id: number;
            subject: string;
            /** @description A second subject: makes the campaign an A/B test. */
            subject_b?: string | null;
            /** @description Hours before the winner goes to the rest. */
            wait_hours?: number | null;
        };
        CampaignPage: {
            items: components["schemas"]["Campaign"][];
            meta: components["schemas"]["PageMeta"];
        };
        CampaignPreview: {
            /** @description The body filled in for a sample client. */
            html: string;
            /** @description Links whose clicks are counted. */
            links: string[];
            subject: string;
            subject_b: string | null;
            text: string;
        };
        CampaignPreviewArgs: {
            body_html: string;
            body_text?: string | null;
            subject: string;
            subject_b?: string | null;
        };
        CampaignReport: {
            campaign_id: number;
            links: components["schemas"]["LinkFigures"][];
            status: string;
            totals: components["schemas"]["ReportFigures"];
            /** @description Each subject's figures over its half of the A/B sample; empty without a test. */
            variants: components["schemas"]["VariantFigures"][];
        };
        CampaignSchedule: {
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31. When to send; leave out to send now.
             * @default null
             */
            scheduled_at?: string | null;
        };
        CampaignStats: {
            /** @description Recipients who clicked a link (unique). */
            clicked: number;
            /** @description Recipients who opened it (unique). */
            opened: number;
            /** @description Emails queued to people. */
            recipients: number;
        };
        CampaignUpdate: {
            body_html?: string;
            /** @description Blank: derived from the HTML when sent. */
            body_text?: string | null;
            name?: string;
            /** @description Share of recipients in the A/B sample. */
            sample_percent?: number | null;
            segment_id?: number;
            subject?: string;
            /** @description A second subject: makes the campaign an A/B test. */
            subject_b?: string | null;
            /** @description Hours before the winner goes to the rest. */
            wait_hours?: number | null;
        };
        Cancel: {
            reason?: string | null;
            /**
             * @default this
             * @enum {string}
             */
            scope?: "this" | "following" | "all";
        };
        Chart: {
            readonly dimension?: string;
            /** @description Entries in the range. */
            readonly entries?: number;
            readonly goal?: components["schemas"]["GoalLine"] | (Record<string, never> | null);
            /** @description Oldest first. */
            readonly points?: components["schemas"]["ChartPoint"][];
            /** @description More than 400 entries: the points are the newest entry on or before each of 400 evenly spaced days (each average still uses the entry and the six before it). */
            readonly thinned?: boolean;
            readonly type_id?: number;
            readonly type_name?: string;
            /** @description The unit the value is in: "kg"/"lb", "cm"/"in", "%", "bpm", or "" for a plain number. */
            readonly unit?: string;
        };
        ChartPoint: {
            /** @description The mean of this entry and the six before it (fewer at the start), in the reader's unit. */
            readonly average?: number | null;
            /** Format: date */
            readonly date?: string;
            /** @description The day's value in the reader's unit. */
            readonly value?: number | null;
        };
        CheckInAnswer: {
            choice?: string;
            number?: number;
            photo?: (Record<string, never> | null) | components["schemas"]["CheckInPhotoLink"];
            text?: string;
        };
        CheckInAnswerWrite: {
            choice?: string | null;
            key: string;
            /** @description scale and number questions. */
            number?: number | null;
            /** @description Photo questions: an upload's id. */
            stored_file_id?: number | null;
            /** @description Text questions. */
            text?: string | null;
        };
        CheckInAssignment: {
            client_id: number;
            form_id: number;
            form_name: string;
            id: number;
            /** Format: date */
            starts_on: string;
            weekday: number;
            /** @example Sunday */
            weekday_name: string;
        };
        CheckInAssignmentWrite: {
            form_id: number;
            /**
             * Format: date
             * @description The first week; today in the client's zone when left out.
             */
            starts_on?: string;
            /** @description ISO: 1 = Monday. */
            weekday: number;
        };
        CheckInDue: {
            assignment: (Record<string, never> | null) | components["schemas"]["CheckInAssignment"];
            client_id: number;
            /** @description The week due within six days. */
            next_due: components["schemas"]["CheckInNextDue"] | (Record<string, never> | null);
            /** @description Newest first, at most 12. */
            overdue: string[];
            overdue_count: number;
            questions: components["schemas"]["CheckInQuestion"][] | null;
        };
        CheckInForm: {
            /** Format: date-time */
            archived_at: string | null;
            /** @description Clients answering it every week. */
            clients_count: number;
            /** Format: date-time */
            created_at: string;
            id: number;
            name: string;
            question_count: number;
            questions: components["schemas"]["CheckInQuestion"][];
            /** Format: date-time */
            updated_at: string | null;
        };
        CheckInFormPage: {
            items: components["schemas"]["CheckInForm"][];
            meta: components["schemas"]["PageMeta"];
        };
        CheckInFormUpdate: {
            name?: string;
            questions?: components["schemas"]["CheckInQuestionWrite"][];
        };
        CheckInFormWrite: {
            /** @example Weekly check-in */
            name: string;
            questions: components["schemas"]["CheckInQuestionWrite"][];
        };
        CheckInNextDue: {
            /** Format: date */
            due_on: string;
            /** @description Set once sent. */
            submission_id: number | null;
        };
        CheckInOverdue: {
            client_id: number;
            client_name: string;
            form_name: string;
            /** Format: date */
            last_due_on: string;
            overdue_count: number;
            weekday: number;
            weekday_name: string;
        };
        CheckInOverduePage: {
            items: components["schemas"]["CheckInOverdue"][];
            meta: components["schemas"]["PageMeta"];
        };
        CheckInPhotoLink: {
            thumbnail_url: string;
            url: string;
        };
        CheckInPhotoUpload: {
            /** @description Name it in the photo answer. */
            stored_file_id: number;
            thumbnail_url: string;
            url: string;
        };
        CheckInQuestion: {
            help?: string;
            key: string;
            /** @enum {string} */
            kind: "scale" | "number" | "short_text" | "long_text" | "choice" | "photo";
            label: string;
            max?: number;
            min?: number;
            options?: string[];
            required: boolean;
        };
        CheckInQuestionWrite: {
            help?: string | null;
            /** @description Keep the key of an existing question so its answers stay matched; new: leave out. */
            key?: string;
            /**
             * @description scale (1–10), number, short_text, long_text, choice or photo.
             * @enum {string}
             */
            kind: "scale" | "number" | "short_text" | "long_text" | "choice" | "photo";
            /** @example How well did you sleep this week? */
            label: string;
            max?: number | null;
            min?: number | null;
            /** @description Choice questions: 2 to 20. */
            options?: string[];
            /** @default false */
            required?: boolean;
        };
        CheckInReply: {
            reply: string;
        };
        CheckInSubmission: {
            client_id: number;
            client_name: string;
            /** Format: date */
            due_on: string;
            form_name: string;
            id: number;
            items: components["schemas"]["CheckInSubmissionItem"][];
            /** @description Sent after its due day (client's zone). */
            late: boolean;
            replied: boolean;
            /** Format: date-time */
            replied_at: string | null;
            /** @description Who wrote the reply (None once they are deleted). */
            replied_by_name: string | null;
            reply: string | null;
            /** Format: date-time */
            reviewed_at: string | null;
            reviewed_by_name: string | null;
            /** Format: date-time */
            submitted_at: string;
        };
        CheckInSubmissionItem: {
            answer: (Record<string, never> | null) | components["schemas"]["CheckInAnswer"];
            question: components["schemas"]["CheckInQuestion"];
        };
        CheckInSubmissionList: {
            client_id: number;
            client_name: string;
            /** Format: date */
            due_on: string;
            form_name: string;
            id: number;
            /** @description Sent after its due day (client's zone). */
            late: boolean;
            replied: boolean;
            /** Format: date-time */
            replied_at: string | null;
            /** @description Who wrote the reply (None once they are deleted). */
            replied_by_name: string | null;
            /** Format: date-time */
            reviewed_at: string | null;
            reviewed_by_name: string | null;
            /** Format: date-time */
            submitted_at: string;
        };
        CheckInSubmissionListPage: {
            items: components["schemas"]["CheckInSubmissionList"][];
            meta: components["schemas"]["PageMeta"];
        };
        CheckInSubmissionWrite: {
            answers: components["schemas"]["CheckInAnswerWrite"][];
            /**
             * Format: date
             * @description The due day of the week answered.
             */
            due_on: string;
        };
        CheckInSummary: {
            overdue_clients: number;
            unreviewed: number;
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
        ClientDocument: {
            /** @enum {string} */
            category: "workout_plan" | "meal_plan" | "form" | "waiver" | "other";
            current_version: components["schemas"]["DocumentVersionSummary"];
            description?: string | null;
            id: number;
            /** Format: date-time */
            shared_at: string;
            /** @description Their latest one. */
            signature?: components["schemas"]["WaiverSignature"] | (Record<string, never> | null);
            /**
             * @description Waivers only: where this client stands.
             * @enum {string|null}
             */
            signature_status?: "signed" | "outdated" | "unsigned" | null;
            title: string;
        };
        ClientDocumentDetail: {
            /** @enum {string} */
            category: "workout_plan" | "meal_plan" | "form" | "waiver" | "other";
            current_version: components["schemas"]["DocumentVersionSummary"];
            description?: string | null;
            /** @description A short-lived signed link. */
            download_url: string;
            id: number;
            /** Format: date-time */
            shared_at: string;
            /** @description Their latest one. */
            signature?: components["schemas"]["WaiverSignature"] | (Record<string, never> | null);
            /**
             * @description Waivers only: where this client stands.
             * @enum {string|null}
             */
            signature_status?: "signed" | "outdated" | "unsigned" | null;
            title: string;
            /** @description The same, to open in the browser. */
            view_url: string;
        };
        ClientDocumentPage: {
            items: components["schemas"]["ClientDocument"][];
            meta: components["schemas"]["PageMeta"];
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
        ClientProgram: {
            /** @description Staff only: not sent to clients. */
            assigned_by_name?: string | null;
            client_id: number;
            client_name: string;
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date
             * @description The date of its last scheduled workout.
             */
            end_date?: string | null;
            /** Format: date-time */
            ended_at?: string | null;
            id: number;
            name: string;
            /** Format: date */
            start_date: string;
            /** @enum {string} */
            status: "active" | "completed" | "ended";
            /** @description Staff only: not sent to clients. */
            template_id?: number | null;
            /** @description Staff only: not sent to clients. */
            template_name?: string | null;
            /** @description Staff only: not sent to clients. */
            template_version?: number | null;
            training_weekdays: number[];
            week_count: number;
            workouts_completed: number;
            workouts_total: number;
        };
        ClientProgramDetail: {
            /** @description Staff only: not sent to clients. */
            assigned_by_name?: string | null;
            client_id: number;
            client_name: string;
            content: components["schemas"]["ProgramContent"];
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date
             * @description The date of its last scheduled workout.
             */
            end_date?: string | null;
            /** Format: date-time */
            ended_at?: string | null;
            exercises: components["schemas"]["ExerciseName"][];
            id: number;
            name: string;
            /** @description Staff only: not sent to clients. */
            newest_version?: number | null;
            /** Format: date */
            start_date: string;
            /** @enum {string} */
            status: "active" | "completed" | "ended";
            /** @description What the template changed since this copy's version, when a newer one exists. Staff only: not sent to clients. */
            template_changes: string[];
            /** @description Staff only: not sent to clients. */
            template_id?: number | null;
            /** @description Staff only: not sent to clients. */
            template_name?: string | null;
            /** @description Staff only: not sent to clients. */
            template_version?: number | null;
            training_weekdays: number[];
            /** @description Staff only: not sent to clients. */
            update_available: boolean;
            week_count: number;
            workouts: components["schemas"]["ProgramWorkout"][];
            workouts_completed: number;
            workouts_total: number;
        };
        ClientProgramPage: {
            items: components["schemas"]["ClientProgram"][];
            meta: components["schemas"]["PageMeta"];
        };
        ClientProgramUpdate: {
            content?: components["schemas"]["ProgramContent"];
            name?: string;
            training_weekdays?: number[];
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
        Comparison: {
            changes: string[];
            from: components["schemas"]["Version"];
            to: components["schemas"]["Version"];
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
        Condition: {
            /** @description For in_segment: one of the studio's saved segments. */
            segment_id?: number;
            /** @description For status_in. */
            statuses?: ("lead" | "active" | "paused" | "inactive")[];
            /** @description For has_tag, lacks_tag. */
            tag?: string;
            /** @description For primary_trainer_is. */
            trainer_id?: number;
            /** @enum {string} */
            type: "status_in" | "has_tag" | "lacks_tag" | "primary_trainer_is" | "has_active_membership" | "no_active_membership" | "in_segment";
        };
        CreditLine: {
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount: number;
            line_id: number;
        };
        CreditNoteCreate: {
            /** @description Amounts (tax included) to credit per line; left out, the whole invoice. */
            lines?: components["schemas"]["CreditLine"][];
            reason: string;
        };
        Credits: {
            /** @description Credits the client can use, any kind. */
            balance?: number;
            /**
             * @description Credits usable for each session kind.
             * @example {
             *       "group": 0,
             *       "personal": 9
             *     }
             */
            by_kind?: {
                [key: string]: number;
            };
            client_id?: number;
            /** @description Earliest expiry first. */
            grants?: components["schemas"]["OpenGrant"][];
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
        Day: {
            blocks?: components["schemas"]["Block"][];
            /** @description Stays the same across edits, copies and versions. */
            key?: string;
            name: string;
            /** @default null */
            notes?: string | null;
        };
        Discount: {
            /** @description Minor units off. */
            amount?: number | null;
            /** Format: date-time */
            archived_at?: string | null;
            /** @description Percent off: 1000 is 10%. */
            basis_points?: number | null;
            duration?: string;
            duration_periods?: number | null;
            id?: number;
            name?: string;
        };
        DiscountCreate: {
            /** @description Minor units of the studio's currency (1250 is $12.50). */
            amount?: number | null;
            /** @description 1000 is 10%. */
            basis_points?: number | null;
            /**
             * @default once
             * @enum {string}
             */
            duration?: "once" | "repeating" | "forever";
            duration_periods?: number | null;
            name: string;
        };
        DiscountPage: {
            items: components["schemas"]["Discount"][];
            meta: components["schemas"]["PageMeta"];
        };
        DiscountUpdate: {
            /** @description Minor units of the studio's currency (1250 is $12.50). */
            amount?: number | null;
            /** @description True archives it (it can no longer be sold or chosen); false brings it back. */
            archived?: boolean;
            /** @description 1000 is 10%. */
            basis_points?: number | null;
            /** @enum {string} */
            duration?: "once" | "repeating" | "forever";
            duration_periods?: number | null;
            name?: string;
        };
        Document: {
            /** Format: date-time */
            archived_at?: string | null;
            /** @enum {string} */
            category: "workout_plan" | "meal_plan" | "form" | "waiver" | "other";
            /** Format: date-time */
            created_at: string;
            created_by_name?: string | null;
            current_version?: (Record<string, never> | null) | components["schemas"]["DocumentVersionSummary"];
            description?: string | null;
            folder?: (Record<string, never> | null) | components["schemas"]["DocumentFolderRef"];
            id: number;
            /** @description Clients it is shared with one by one. */
            share_count: number;
            /** @description Every client of the studio sees it, clients who join later too. */
            shared_with_all: boolean;
            tags: string[];
            title: string;
            /** Format: date-time */
            updated_at: string;
            version_count: number;
        };
        DocumentDetail: {
            /** Format: date-time */
            archived_at?: string | null;
            /** @description Owners and admins archive documents. */
            can_archive: boolean;
            /** @description Owners and admins share with every client; trainers with theirs. */
            can_share_with_all: boolean;
            /** @enum {string} */
            category: "workout_plan" | "meal_plan" | "form" | "waiver" | "other";
            /** Format: date-time */
            created_at: string;
            created_by_name?: string | null;
            current_version?: (Record<string, never> | null) | components["schemas"]["DocumentVersionSummary"];
            description?: string | null;
            /** @description A short-lived signed link to the current version's file. */
            download_url?: string | null;
            folder?: (Record<string, never> | null) | components["schemas"]["DocumentFolderRef"];
            id: number;
            /** @description Clients it is shared with one by one. */
            share_count: number;
            /** @description Every client of the studio sees it, clients who join later too. */
            shared_with_all: boolean;
            tags: string[];
            title: string;
            /** Format: date-time */
            updated_at: string;
            version_count: number;
        };
        DocumentFolder: {
            /** Format: date-time */
            created_at: string;
            /** @description Live documents directly inside. */
            document_count: number;
            id: number;
            name: string;
            parent_id?: number | null;
        };
        DocumentFolderCreate: {
            name: string;
            parent_id?: number | null;
        };
        DocumentFolderPage: {
            items: components["schemas"]["DocumentFolder"][];
            meta: components["schemas"]["PageMeta"];
        };
        DocumentFolderRef: {
            id: number;
            name: string;
        };
        DocumentFolderUpdate: {
            name?: string;
            parent_id?: number | null;
        };
        DocumentPage: {
            items: components["schemas"]["Document"][];
            meta: components["schemas"]["PageMeta"];
        };
        DocumentShare: {
            client_id: number;
            client_name: string;
            /** Format: date-time */
            created_at: string;
            shared_by_name?: string | null;
        };
        DocumentShareCreate: {
            client_ids: number[];
        };
        DocumentSharePage: {
            items: components["schemas"]["DocumentShare"][];
            meta: components["schemas"]["PageMeta"];
        };
        DocumentTag: {
            count: number;
            tag: string;
        };
        DocumentTagPage: {
            items: components["schemas"]["DocumentTag"][];
            meta: components["schemas"]["PageMeta"];
        };
        DocumentUpdate: {
            /** @enum {string} */
            category?: "workout_plan" | "meal_plan" | "form" | "waiver" | "other";
            description?: string | null;
            folder_id?: number | null;
            tags?: string[];
            title?: string;
        };
        DocumentUpload: {
            /**
             * @default other
             * @enum {string}
             */
            category?: "workout_plan" | "meal_plan" | "form" | "waiver" | "other";
            description?: string | null;
            folder_id?: string | null;
            /** @description About this first version. */
            note?: string | null;
            tags?: string[];
            title: string;
        };
        DocumentVersion: {
            content_type: string;
            /** Format: date-time */
            created_at: string;
            file_name: string;
            is_current: boolean;
            note?: string | null;
            number: number;
            /** @description The earlier version this one brought back, if it is a restore. */
            restored_from_number?: number | null;
            /** @description SHA-256 of the file's bytes, in hex. */
            sha256: string;
            size_bytes: number;
            uploaded_by_name?: string | null;
        };
        DocumentVersionPage: {
            items: components["schemas"]["DocumentVersion"][];
            meta: components["schemas"]["PageMeta"];
        };
        DocumentVersionSummary: {
            content_type: string;
            /** Format: date-time */
            created_at: string;
            file_name: string;
            number: number;
            size_bytes: number;
        };
        DocumentVersionUpload: {
            note?: string | null;
        };
        E1rmPoint: {
            /**
             * Format: date
             * @description The training day, in the client's zone.
             */
            readonly day?: string;
            /** @description The day's best estimated one-rep max. */
            readonly e1rm_kg?: number | null;
            /** @description The top set set a best-e1RM record. */
            readonly is_record?: boolean;
            /** @description The top set's load in kilograms. */
            readonly load_kg?: number | null;
            /** @enum {string|null} */
            readonly load_unit?: "kg" | "lb" | null;
            /** @description The top set's load as logged. */
            readonly load_value?: number | null;
            readonly reps?: number;
        };
        Email: {
            /** Format: email */
            email: string;
        };
        EntryValue: {
            type_id: number;
            /**
             * @description The unit the value is in: "kg"/"lb", "cm"/"in", "%", "bpm", or "" for a plain number. Left out: the unit you read this type in.
             * @default null
             * @enum {string|null}
             */
            unit?: "kg" | "lb" | "cm" | "in" | "%" | "bpm" | "" | null;
            value: number;
        };
        Erasure: {
            /** @description The client's full name, typed to confirm. */
            confirmation: string;
        };
        ErasureStatus: {
            /** @description Whether you may erase this client. */
            can_erase?: boolean;
            client_id?: number;
            /** @description What to type to confirm an erasure: the client's full name. */
            confirmation?: string | null;
            erased?: boolean;
            /** Format: date-time */
            erased_at?: string | null;
            /**
             * @description request, or retention (the daily job).
             * @enum {string|null}
             */
            reason?: "request" | "retention" | null;
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
            /** @description The request's id (also its X-Request-ID header), to quote when reporting a problem. */
            request_id?: string;
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
        ExerciseName: {
            archived: boolean;
            equipment: string[];
            id: number;
            measurement: string;
            name: string;
        };
        ExercisePage: {
            items: components["schemas"]["Exercise"][];
            meta: components["schemas"]["PageMeta"];
        };
        ExerciseProgress: {
            readonly exercise_id?: number;
            readonly exercise_name?: string;
            /** @description Oldest first; the newest 1,000 training days of the range at most. */
            readonly points?: components["schemas"]["E1rmPoint"][];
            readonly records?: components["schemas"]["PersonalRecord"][];
            /** @description The zone training days are counted in. */
            readonly timezone?: string;
            /** @description Older days of the range were left out. */
            readonly truncated?: boolean;
            /**
             * @description The unit the client last logged it in.
             * @enum {string}
             */
            readonly unit?: "kg" | "lb";
        };
        ExerciseRecords: {
            readonly exercise_id?: number;
            readonly exercise_name?: string;
            /**
             * Format: date-time
             * @description When the newest of its records was set.
             */
            readonly latest_at?: string;
            /** @description The current record of each kind the client holds, heaviest, e1RM, reps. */
            readonly records?: components["schemas"]["PersonalRecord"][];
        };
        ExerciseRecordsPage: {
            items: components["schemas"]["ExerciseRecords"][];
            meta: components["schemas"]["PageMeta"];
        };
        ExerciseSets: {
            exercise_id?: number;
            /** @enum {string} */
            measurement?: "reps" | "reps_load" | "time" | "distance" | "time_distance";
            name?: string;
            note?: string | null;
            set_count?: number;
            sets?: components["schemas"]["Set"][];
            /** @example 8 x 60 kg, 8 x 60 kg, 7 x 60 kg */
            summary?: string;
            volume_kg?: number | null;
        };
        ExerciseSummary: {
            exercise_id?: number;
            /** @enum {string} */
            measurement?: "reps" | "reps_load" | "time" | "distance" | "time_distance";
            name?: string;
            note?: string | null;
            set_count?: number;
            /** @example 8 x 60 kg, 8 x 60 kg, 7 x 60 kg */
            summary?: string;
            volume_kg?: number | null;
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
        Filters: {
            /**
             * Format: date
             * @description Started on or after this day.
             * @default null
             */
            joined_after?: string | null;
            /**
             * Format: date
             * @description Started on or before this day.
             * @default null
             */
            joined_before?: string | null;
            /**
             * @description active: has a current membership; none: has none.
             * @default null
             * @enum {string|null}
             */
            membership?: "active" | "none" | null;
            /**
             * @description No session held or booked in the last N days.
             * @default null
             */
            no_session_in_days?: number | null;
            /** @description Any of these statuses; empty means every status but archived. */
            statuses?: ("lead" | "active" | "paused" | "inactive" | "archived")[];
            /** @description Has every one of these tags. */
            tags_all?: string[];
            /** @description Has at least one of these tags. */
            tags_any?: string[];
            /**
             * @description Coached by this trainer.
             * @default null
             */
            trainer_id?: number | null;
        };
        FiltersPreview: {
            filters: components["schemas"]["Filters"];
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
        FromTemplate: {
            /** @description A built-in template's key. */
            template: string;
        };
        Goal: {
            /**
             * Format: date-time
             * @description When it was reached.
             */
            readonly achieved_at?: string | null;
            /** @description habit streak: the longest streak that counts for the goal. */
            readonly best_streak?: number | null;
            /** @description The client whose goal it is. */
            readonly client_id?: number;
            /**
             * Format: date-time
             * @description When it was set.
             */
            readonly created_at?: string;
            /** @description measurement: latest value; lift: best e1RM since the start; weeks met; current streak. */
            readonly current_value?: number | null;
            /** @description measurement: down or up (from the start to the target); otherwise up. */
            readonly direction?: string | null;
            /** @description lift: the exercise. */
            readonly exercise_id?: number | null;
            /** @description lift: the exercise's name. */
            readonly exercise_name?: string | null;
            /** @description habit streak: the habit. */
            readonly habit_id?: number | null;
            /** @description habit streak: the habit's name. */
            readonly habit_name?: string | null;
            /** @description The goal. */
            readonly id?: number;
            /**
             * @description What the goal measures.
             * @enum {string}
             */
            readonly kind?: "measurement" | "lift" | "attendance" | "habit_streak";
            /**
             * Format: date
             * @description measurement: the day of the latest value.
             */
            readonly measured_on?: string | null;
            /** @description measurement: the type. */
            readonly measurement_type_id?: number | null;
            /** @description measurement: the type's name. */
            readonly measurement_type_name?: string | null;
            /** @description Steps on the way, in order. */
            readonly milestones?: components["schemas"]["GoalMilestone"][];
            /** @description How far from the start to the target, 0 to 100. */
            readonly percent?: number;
            /** @description Progress in words, in the reader's units: '4.2 of 7 kg lost — 60%'. */
            readonly progress_text?: string;
            /** @description The computed progress meets the target now. */
            readonly reached?: boolean;
            /** @description attendance: sessions needed each week. */
            readonly sessions_per_week?: number | null;
            /** @description measurement/lift: the value the goal started from. */
            readonly start_value?: number | null;
            /**
             * Format: date
             * @description The goal's first day (the client's calendar).
             */
            readonly starts_on?: string;
            /**
             * @description active, achieved or abandoned.
             * @enum {string}
             */
            readonly status?: "active" | "achieved" | "abandoned";
            /**
             * Format: date
             * @description The day to reach it by, if any.
             */
            readonly target_date?: string | null;
            /** @description The target in words, in the reader's units: 'Weight 75 kg by 1 Jun 2027'. */
            readonly target_text?: string;
            /** @description measurement/lift: in `unit`; habit streak: days; attendance: weeks. */
            readonly target_value?: number;
            /** @description attendance: completed sessions in the goal's current week. */
            readonly this_week_sessions?: number | null;
            /** @description The goal's name, as the coach wrote it or as the target reads. */
            readonly title?: string;
            /** @description The unit of target_value, start_value, current_value and milestones for the reader. */
            readonly unit?: string;
            /** @description attendance: how many weeks. */
            readonly weeks?: number | null;
        };
        GoalCreate: {
            /** @description lift: the exercise of the training library. */
            exercise_id?: number;
            /** @description habit streak: one of the client's habits. */
            habit_id?: number;
            /** @enum {string} */
            kind: "measurement" | "lift" | "attendance" | "habit_streak";
            /** @description measurement: the type to reach a value of. */
            measurement_type_id?: number;
            /** @description Or: a milestone every this much from the start to the target (e.g. 2.5 kg). */
            milestone_every?: number | null;
            /** @description Milestone values in the target's unit (replace the goal's milestones). */
            milestones?: number[];
            sessions_per_week?: number;
            /**
             * Format: date
             * @description The first day that counts; today (client's zone) if left out.
             */
            starts_on?: string;
            /** Format: date */
            target_date?: string | null;
            /** @description measurement: in the reader's unit (kg/lb, cm/in, %, bpm); lift: e1RM in the reader's weight unit; habit streak: days in a row. Not for attendance. */
            target_value?: number;
            /** @description Leave out for the target in words. */
            title?: string;
            weeks?: number;
        };
        GoalHabitOption: {
            /** @description The habit. */
            readonly id?: number;
            /** @description Its name. */
            readonly name?: string;
        };
        GoalLine: {
            /** @description Where the client started, in the reader's unit. */
            readonly start_value?: number | null;
            /** Format: date */
            readonly starts_on?: string;
            /** Format: date */
            readonly target_date?: string | null;
            /** @description In the reader's unit. */
            readonly target_value?: number | null;
            readonly title?: string;
        };
        GoalMeasurementOption: {
            /** @description mass, length, percent, heart_rate or number. */
            readonly dimension?: string;
            /** @description The measurement type. */
            readonly id?: number;
            /**
             * Format: date
             * @description The day of that value.
             */
            readonly latest_on?: string | null;
            /** @description The client's latest value, in `unit`. */
            readonly latest_value?: number | null;
            /** @description Its name: 'Weight', 'Waist'. */
            readonly name?: string;
            /** @description The unit a target is typed in by this reader. */
            readonly unit?: string;
        };
        GoalMilestone: {
            /** @description The milestone. */
            readonly id?: number;
            /** @description The milestone in words, in the reader's units: '72.5 kg', '4 weeks met'. */
            readonly label?: string;
            /**
             * Format: date-time
             * @description When progress passed it; null until then.
             */
            readonly reached_at?: string | null;
            /** @description In the reader's unit (see the goal's `unit`). */
            readonly value?: number;
        };
        GoalOptions: {
            /** @description The client's habits, for a streak goal. */
            readonly habits?: components["schemas"]["GoalHabitOption"][];
            /** @description The reader's length unit (cm or in). */
            readonly length_unit?: string;
            /** @description What a measurement goal may target. */
            readonly measurement_types?: components["schemas"]["GoalMeasurementOption"][];
            /** @description The reader's weight unit (kg or lb): lift targets are typed in it. */
            readonly weight_unit?: string;
        };
        GoalPage: {
            items: components["schemas"]["Goal"][];
            meta: components["schemas"]["PageMeta"];
        };
        GoalUpdate: {
            /** @description Or: a milestone every this much from the start to the target (e.g. 2.5 kg). */
            milestone_every?: number | null;
            /** @description Milestone values in the target's unit (replace the goal's milestones). */
            milestones?: number[];
            sessions_per_week?: number;
            /** Format: date */
            target_date?: string | null;
            /** @description measurement: in the reader's unit (kg/lb, cm/in, %, bpm); lift: e1RM in the reader's weight unit; habit streak: days in a row. Not for attendance. */
            target_value?: number;
            /** @description Leave out for the target in words. */
            title?: string;
            weeks?: number;
        };
        GroupCreate: {
            /** @description Besides you. */
            member_user_ids: number[];
            title: string;
        };
        GroupUpdate: {
            /** @description Everyone in the group after the change (you stay in it). */
            member_user_ids?: number[];
            title: string;
        };
        Habit: {
            /** Format: date-time */
            archived_at: string | null;
            client_id: number;
            /** Format: date-time */
            created_at: string;
            id: number;
            /** @enum {string} */
            kind: "count" | "duration" | "yes_no";
            name: string;
            /** Format: date */
            starts_on: string;
            /** @description The target in words: "10,000 steps". */
            target_text: string;
            target_value: number | null;
            unit: string | null;
        };
        HabitCreate: {
            /**
             * @description count (steps, glasses of water), duration (minutes of sleep or mobility) or yes_no.
             * @enum {string}
             */
            kind: "count" | "duration" | "yes_no";
            /** @example Walk 10,000 steps */
            name: string;
            /**
             * Format: date
             * @description The first day; today in the client's zone when left out.
             */
            starts_on?: string;
            /** @description The daily amount of `unit` (count) or minutes (duration); none for yes_no. */
            target_value?: number | null;
            /** @example steps */
            unit?: string | null;
        };
        HabitDay: {
            /** Format: date */
            day: string;
            /**
             * @description off: before the habit started; partial: logged below target; open: today, not yet done.
             * @enum {string}
             */
            state: "off" | "done" | "partial" | "open" | "missed";
            value: number | null;
        };
        HabitGrid: {
            client_id: number;
            /** Format: date */
            first_day: string;
            habits: components["schemas"]["HabitGridRow"][];
            timezone: string;
            /**
             * Format: date
             * @description Today in the client's zone.
             */
            today: string;
        };
        HabitGridRow: {
            /** Format: date-time */
            archived_at: string | null;
            best_streak: number;
            client_id: number;
            /** Format: date-time */
            created_at: string;
            current_streak: number;
            /** @description Oldest first. */
            days: components["schemas"]["HabitDay"][];
            id: number;
            /** @enum {string} */
            kind: "count" | "duration" | "yes_no";
            name: string;
            /** Format: date */
            starts_on: string;
            /** @description The target in words: "10,000 steps". */
            target_text: string;
            target_value: number | null;
            unit: string | null;
        };
        HabitLog: {
            /** @description Whether the day met the target. */
            completed: boolean;
            /** Format: date */
            day: string;
            habit_id: number;
            value: number;
        };
        HabitLogWrite: {
            /** @description For yes_no habits. */
            done?: boolean | null;
            /** @description The amount for count and duration (minutes) habits. */
            value?: number | null;
        };
        HabitToday: {
            /** @description False before the habit starts. */
            can_log: boolean;
            completed: boolean;
            /**
             * Format: date
             * @description Today in the client's zone.
             */
            day: string;
            logged: boolean;
            value: number | null;
        };
        HabitUpdate: {
            name?: string;
            /** Format: date */
            starts_on?: string;
            target_value?: number | null;
            unit?: string | null;
        };
        HabitWithStatus: {
            /** Format: date-time */
            archived_at: string | null;
            best_streak: number;
            client_id: number;
            /** Format: date-time */
            created_at: string;
            /** @description Completed days in a row ending today or yesterday. */
            current_streak: number;
            id: number;
            /** @enum {string} */
            kind: "count" | "duration" | "yes_no";
            name: string;
            /** Format: date */
            starts_on: string;
            /** @description The target in words: "10,000 steps". */
            target_text: string;
            target_value: number | null;
            today: components["schemas"]["HabitToday"];
            unit: string | null;
        };
        HabitWithStatusPage: {
            items: components["schemas"]["HabitWithStatus"][];
            meta: components["schemas"]["PageMeta"];
        };
        Health: {
            /** @example ok */
            database?: string;
            /** @example ok */
            status?: string;
        };
        InboundText: {
            /** @default  */
            Body?: string;
            /** @default  */
            From?: string;
            /** @default  */
            MessageSid?: string;
            /** @default  */
            To?: string;
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
        Invoice: {
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount_credited?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount_due?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount_paid?: number;
            client_id?: number;
            readonly client_name?: unknown;
            /** Format: date-time */
            created_at?: string;
            credit_note_for_id?: number | null;
            currency?: string;
            discount_id?: number | null;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            discount_total?: number;
            /** Format: date */
            due_on?: string | null;
            id?: number;
            /** Format: date */
            issued_on?: string | null;
            kind?: string;
            membership_id?: number | null;
            /** @example INV-2026-000123 */
            number?: string | null;
            /** Format: date-time */
            paid_at?: string | null;
            /** Format: date */
            period_end?: string | null;
            /** Format: date */
            period_start?: string | null;
            status?: string;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            subtotal?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            tax_total?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            total?: number;
            /** Format: date-time */
            voided_at?: string | null;
        };
        InvoiceCreate: {
            client_id: number;
            discount_id?: number | null;
            /** Format: date */
            due_on?: string | null;
            /**
             * @description Number it and make it owed now.
             * @default false
             */
            finalise?: boolean;
            lines: components["schemas"]["LineInput"][];
            notes?: string | null;
        };
        InvoiceDetail: {
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount_credited?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount_due?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount_paid?: number;
            client_id?: number;
            readonly client_name?: unknown;
            /** Format: date-time */
            created_at?: string;
            credit_note_for_id?: number | null;
            credit_note_for_number?: string | null;
            currency?: string;
            discount_id?: number | null;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            discount_total?: number;
            /** Format: date */
            due_on?: string | null;
            id?: number;
            /** Format: date */
            issued_on?: string | null;
            kind?: string;
            lines?: components["schemas"]["InvoiceLine"][];
            membership_id?: number | null;
            /** @description Staff only; null for clients. */
            readonly notes?: unknown;
            /** @example INV-2026-000123 */
            number?: string | null;
            /** Format: date-time */
            paid_at?: string | null;
            /** Format: date */
            period_end?: string | null;
            /** Format: date */
            period_start?: string | null;
            status?: string;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            subtotal?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            tax_total?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            total?: number;
            /** Format: date-time */
            voided_at?: string | null;
        };
        InvoiceLine: {
            description?: string;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            discount?: number;
            id?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            net?: number;
            position?: number;
            product_id?: number | null;
            quantity?: number;
            session_id?: number | null;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            tax?: number;
            tax_basis_points?: number;
            tax_inclusive?: boolean;
            tax_name?: string | null;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            total?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            unit_price?: number;
        };
        InvoicePage: {
            items: components["schemas"]["Invoice"][];
            meta: components["schemas"]["PageMeta"];
        };
        InvoiceUpdate: {
            discount_id?: number | null;
            /** Format: date */
            due_on?: string | null;
            lines?: components["schemas"]["LineInput"][];
            notes?: string | null;
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
        KindUsage: {
            files?: number;
            /** @description photo, document, check_in_photo or attachment */
            kind?: string;
            /** @example Photos */
            label?: string;
            used_bytes?: number;
        };
        LastMessage: {
            author_name: string | null;
            /** Format: date-time */
            created_at: string;
            id: number;
            preview: string;
        };
        LatestMeasurement: {
            /** @description value - previous_value. */
            readonly change?: number | null;
            /** @description "-0.6 kg". */
            readonly change_display?: string | null;
            readonly dimension?: string;
            readonly display?: string;
            /** Format: date */
            readonly measured_on?: string;
            readonly measurement_id?: number;
            /** Format: date */
            readonly previous_on?: string | null;
            /** @description The entry before it, in the same unit; null for the first. */
            readonly previous_value?: number | null;
            readonly type_id?: number;
            readonly type_name?: string;
            readonly unit?: string;
            /** @description The newest value, in the reader's unit. */
            readonly value?: number | null;
        };
        LatestMeasurements: {
            /** @description One per type the client has values of, in the types' order (one per type at most). */
            readonly items?: components["schemas"]["LatestMeasurement"][];
        };
        LedgerEntry: {
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            expires_at?: string | null;
            id?: number;
            /** @enum {string} */
            kind?: "grant" | "reserve" | "release" | "expire" | "adjust";
            /** @description Credits added (positive) or taken (negative). */
            quantity?: number;
            /** @example Booked Personal training on Tue 3 Dec, 09:00 */
            sentence?: string;
        };
        LedgerEntryPage: {
            items: components["schemas"]["LedgerEntry"][];
            meta: components["schemas"]["PageMeta"];
        };
        LineInput: {
            description: string;
            product_id?: number | null;
            /** @default 1 */
            quantity?: number;
            session_id?: number | null;
            tax_rate_id?: number | null;
            /** @description Minor units of the studio's currency (1250 is $12.50). */
            unit_price: number;
        };
        LinkFigures: {
            clicks: number;
            unique_clicks: number;
            url: string;
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
        Liveness: {
            /** @example ok */
            status?: string;
        };
        Load: {
            /** @enum {string} */
            type: "kg" | "lb" | "percent_1rm" | "rpe" | "rir";
            value: number;
        };
        LogIn: {
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             */
            client_updated_at: string;
            /** @description A note per exercise, keyed by its prescription key or `exercise:<id>`. */
            exercise_notes?: {
                [key: string]: string | null;
            };
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             * @default null
             */
            finished_at?: string | null;
            /**
             * Format: uuid
             * @description Generated by the device.
             */
            id: string;
            name: string;
            /** @default null */
            note?: string | null;
            /** @default null */
            program_workout_id?: number | null;
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             */
            started_at: string;
        };
        LoggedExercise: {
            /** @description The best estimated one-rep max; null for exercises without load and reps. */
            readonly best_e1rm_kg?: number | null;
            readonly exercise_id?: number;
            readonly exercise_name?: string;
            /** Format: date-time */
            readonly last_performed_at?: string;
            /** @description Done sets logged. */
            readonly sets?: number;
        };
        LoggedExercisePage: {
            items: components["schemas"]["LoggedExercise"][];
            meta: components["schemas"]["PageMeta"];
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
            /**
             * @description The unit lengths are shown in.
             * @enum {string}
             */
            length_unit?: "cm" | "in";
            organization?: components["schemas"]["OrganizationSummary"];
            /** @description The account's own choice; null follows the organization's. */
            own_length_unit?: string | null;
            /** @description The account's own choice; null follows the organization's. */
            own_weight_unit?: string | null;
            role?: string;
            /** @description IANA zone to show and edit times in: the account's own, else the organization's. */
            timezone?: string;
            /** @description False when the account follows the organization's time zone. */
            timezone_is_own?: boolean;
            trainer_id?: number | null;
            /**
             * @description The unit weights are shown in.
             * @enum {string}
             */
            weight_unit?: "kg" | "lb";
        };
        MeUpdate: {
            first_name?: string;
            last_name?: string;
            /**
             * @description cm or in, or null to follow the organization's.
             * @enum {string|null}
             */
            length_unit?: "cm" | "in" | null;
            /**
             * @description An IANA zone, or null to follow the organization's.
             * @example Europe/Paris
             */
            timezone?: string | null;
            /**
             * @description kg or lb, or null to follow the organization's.
             * @enum {string|null}
             */
            weight_unit?: "kg" | "lb" | null;
        };
        Measurement: {
            readonly client_id?: number;
            /** @description It replaced an earlier value. */
            readonly corrected?: boolean;
            /** @description What it replaced, for people: "Corrected from 82.4 kg by Anna Smith on 3 May". */
            readonly correction?: string | null;
            /** @enum {string} */
            readonly dimension?: "mass" | "length" | "percent" | "heart_rate" | "number";
            /** @description The value for people: "82.4 kg". */
            readonly display?: string;
            /** Format: date-time */
            readonly entered_at?: string;
            readonly entered_by_name?: string | null;
            readonly id?: number;
            readonly is_current?: boolean;
            /** Format: date */
            readonly measured_on?: string;
            readonly note?: string | null;
            /** Format: date-time */
            readonly superseded_at?: string | null;
            readonly superseded_by_name?: string | null;
            readonly type_id?: number;
            readonly type_name?: string;
            /** @description The unit the value is in: "kg"/"lb", "cm"/"in", "%", "bpm", or "" for a plain number. */
            readonly unit?: string;
            /** @description In the reader's unit, rounded as shown. */
            readonly value?: number | null;
        };
        MeasurementCorrection: {
            /**
             * Format: date
             * @description Left out: the entry's day.
             * @default null
             */
            measured_on?: string | null;
            /** @default null */
            note?: string | null;
            /**
             * @description The unit the value is in: "kg"/"lb", "cm"/"in", "%", "bpm", or "" for a plain number. Left out: the unit you read this type in.
             * @default null
             * @enum {string|null}
             */
            unit?: "kg" | "lb" | "cm" | "in" | "%" | "bpm" | "" | null;
            value: number;
        };
        MeasurementCreate: {
            entries: components["schemas"]["EntryValue"][];
            /**
             * Format: date
             * @description The day measured, in the client's calendar.
             */
            measured_on: string;
            /** @default null */
            note?: string | null;
        };
        MeasurementHistory: {
            readonly current?: components["schemas"]["Measurement"] | (Record<string, never> | null);
            /** @description The entry was removed (no current value). */
            readonly removed?: boolean;
            /** @description Every value the entry had, newest first; the first is current unless removed. */
            readonly versions?: components["schemas"]["Measurement"][];
        };
        MeasurementPage: {
            items: components["schemas"]["Measurement"][];
            meta: components["schemas"]["PageMeta"];
        };
        MeasurementType: {
            /** Format: date-time */
            readonly archived_at?: string | null;
            /** @enum {string} */
            readonly dimension?: "mass" | "length" | "percent" | "heart_rate" | "number";
            readonly id?: number;
            readonly is_builtin?: boolean;
            readonly name?: string;
            readonly position?: number;
            readonly slug?: string;
            /** @description The unit the value is in: "kg"/"lb", "cm"/"in", "%", "bpm", or "" for a plain number. The reader's own. */
            readonly unit?: string;
            /** @description Every unit a value of this type may be typed in. */
            readonly units?: string[];
        };
        MeasurementTypeCreate: {
            /**
             * @description mass (kg/lb), length (cm/in), percent, heart_rate (bpm) or number (no unit).
             * @enum {string}
             */
            dimension: "mass" | "length" | "percent" | "heart_rate" | "number";
            name: string;
        };
        MeasurementTypePage: {
            items: components["schemas"]["MeasurementType"][];
            meta: components["schemas"]["PageMeta"];
        };
        MeasurementTypeUpdate: {
            /** @description true archives the type (its entries stay), false restores it. */
            archived?: boolean;
            name?: string;
        };
        Membership: {
            /** Format: date-time */
            cancel_requested_at?: string | null;
            client_id?: number;
            client_name?: string;
            /** @enum {string} */
            collection?: "manual" | "stripe";
            /**
             * Format: date
             * @description Exclusive: the next period starts on it.
             */
            current_period_end?: string;
            /** Format: date */
            current_period_start?: string;
            /** @example Notice given on 2 Dec 2026: 30 days' notice runs to 1 Jan 2027. The membership ends on 31 Jan 2027, the last day of that billing period, and is not renewed after it. */
            ends_explained?: string | null;
            /**
             * Format: date
             * @description The last day of access, once notice is given.
             */
            ends_on?: string | null;
            id?: number;
            interval?: string;
            /** Format: date */
            minimum_term_ends_on?: string;
            /** Format: date-time */
            next_retry_at?: string | null;
            /** Format: date-time */
            past_due_since?: string | null;
            /** Format: date-time */
            paused_at?: string | null;
            /** @description Minor units of the studio's currency, per period. */
            price?: number;
            /** @example $60.00 */
            price_display?: string;
            product_id?: number;
            /** @example Monthly unlimited */
            product_name?: string;
            sessions_per_period?: number | null;
            /** Format: date */
            started_on?: string;
            /** @enum {string} */
            status?: "active" | "past_due" | "paused" | "cancelled" | "ended";
            /** @example Payment overdue */
            status_label?: string;
            /** @example $60.00 a month, 8 sessions a month; renews on 1 Jan 2027. */
            summary?: string;
        };
        MembershipCancel: {
            /**
             * @description Owners and admins: end today, ignoring notice and minimum term.
             * @default false
             */
            immediately?: boolean;
        };
        MembershipCreate: {
            /**
             * @default manual
             * @enum {string}
             */
            collection?: "manual" | "stripe";
            /** @default null */
            discount_id?: number | null;
            product_id: number;
            /**
             * Format: date
             * @description Today by default.
             * @default null
             */
            starts_on?: string | null;
        };
        MembershipPage: {
            items: components["schemas"]["Membership"][];
            meta: components["schemas"]["PageMeta"];
        };
        MergeField: {
            description: string;
            name: string;
            sample: string;
        };
        Message: {
            attachment: (Record<string, never> | null) | components["schemas"]["Attachment"];
            author: (Record<string, never> | null) | components["schemas"]["MessageAuthor"];
            /** @description Null once deleted. */
            body: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            deleted_at: string | null;
            /** Format: date-time */
            edited_at: string | null;
            id: number;
            mine: boolean;
            thread_id: number;
            /** @enum {string} */
            via: "app" | "sms";
        };
        MessageAuthor: {
            name: string;
            user_id: number;
        };
        MessageCreate: {
            body: string;
        };
        MessageList: {
            has_more: boolean;
            /** @description Oldest first. */
            items: components["schemas"]["Message"][];
        };
        MessagePreview: {
            body: string;
            subject?: string | null;
        };
        MessagePreviewResult: {
            body_html?: string;
            body_text?: string;
            subject?: string | null;
        };
        MessageSearchHit: {
            message: components["schemas"]["Message"];
            /** @description Plain text around the words found. */
            snippet: string;
            thread_id: number;
            thread_title: string;
        };
        MessageSearchHitPage: {
            items: components["schemas"]["MessageSearchHit"][];
            meta: components["schemas"]["PageMeta"];
        };
        MonthMrr: {
            churned: number;
            contraction: number;
            expansion: number;
            /** @example March 2026 */
            label: string;
            /** @description Clients paying it. */
            members: number;
            /**
             * Format: date
             * @description The month's first day.
             */
            month: string;
            /** @description At the month's end. */
            mrr: number;
            new: number;
        };
        Mrr: {
            /** @example USD */
            currency: string;
            /** Format: date */
            from: string;
            months: components["schemas"]["MonthMrr"][];
            /** Format: date */
            to: string;
        };
        Notification: {
            body: string;
            /** Format: date-time */
            created_at: string;
            id: number;
            /** @enum {string} */
            kind: "message" | "session_booked" | "session_moved" | "session_cancelled" | "assignment" | "check_in_submitted" | "goal_reached";
            /** @description The SPA path it opens (“/messages/12”). */
            link: string | null;
            /** Format: date-time */
            read_at: string | null;
            /** @description “New message from Sam Coach” */
            title: string;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            meta: components["schemas"]["PageMeta"];
        };
        OpenGrant: {
            /** @example Expires 3 Mar 2027 */
            expires?: string;
            /** Format: date-time */
            expires_at?: string | null;
            id?: number;
            /** @example Personal training, Assessment */
            pays_for?: string;
            /** @description Credits it granted. */
            quantity?: number;
            /** @description Credits left on this grant. */
            remaining?: number;
            /** @description Empty: any session kind. */
            session_kinds?: string[];
            /** @example Pack of 10 */
            source?: string;
        };
        Organization: {
            /** @description ISO 3166 code: phones without a country code are read in it and shown nationally. */
            country?: string;
            /** Format: date-time */
            readonly created_at?: string;
            readonly id?: number;
            /**
             * @description Members' lengths by default.
             * @enum {string}
             */
            length_unit?: "cm" | "in";
            name?: string;
            timezone?: string;
            /**
             * @description Members' weights by default.
             * @enum {string}
             */
            weight_unit?: "kg" | "lb";
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
            /**
             * @description The studio's default.
             * @enum {string}
             */
            length_unit?: "cm" | "in";
            name?: string;
            /** @example Europe/Paris */
            timezone?: string;
            /**
             * @description The studio's default.
             * @enum {string}
             */
            weight_unit?: "kg" | "lb";
        };
        OutboxMessage: {
            attempts: number;
            readonly can_retry: boolean;
            channel: string;
            /** Format: date-time */
            created_at: string;
            id: number;
            last_error?: string | null;
            /** Format: date-time */
            next_attempt_at?: string | null;
            recipient_address?: string | null;
            recipient_name: string;
            /** Format: date-time */
            sent_at?: string | null;
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "failed" | "dead";
            /** @description “Failed 3 times: the mail server refused the connection” */
            readonly status_text: string;
            subject: string;
            /** @description “Invitation to Sam Lee” */
            readonly summary: string;
        };
        OutboxMessagePage: {
            items: components["schemas"]["OutboxMessage"][];
            meta: components["schemas"]["PageMeta"];
        };
        OverdueInvoice: {
            /** @description Days since the due date, in the studio's calendar. */
            age_days?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount_credited?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount_due?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount_paid?: number;
            client_id?: number;
            readonly client_name?: unknown;
            /** Format: date-time */
            created_at?: string;
            credit_note_for_id?: number | null;
            currency?: string;
            discount_id?: number | null;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            discount_total?: number;
            /** Format: date */
            due_on?: string | null;
            id?: number;
            /** Format: date */
            issued_on?: string | null;
            kind?: string;
            membership_id?: number | null;
            /** @example INV-2026-000123 */
            number?: string | null;
            /** Format: date-time */
            paid_at?: string | null;
            /** Format: date */
            period_end?: string | null;
            /** Format: date */
            period_start?: string | null;
            status?: string;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            subtotal?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            tax_total?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            total?: number;
            /** Format: date-time */
            voided_at?: string | null;
        };
        OverdueInvoicePage: {
            items: components["schemas"]["OverdueInvoice"][];
            meta: components["schemas"]["PageMeta"];
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
        Paid: {
            /** @enum {string} */
            method: "cash" | "bank_transfer" | "card_terminal" | "other";
            reference?: string | null;
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
        Payment: {
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount?: number;
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount_refunded?: number;
            client_id?: number;
            readonly client_name?: unknown;
            currency?: string;
            failure_message?: string | null;
            id?: number;
            invoice_id?: number;
            readonly invoice_number?: unknown;
            method?: string;
            /** Format: date-time */
            received_at?: string;
            reference?: string | null;
            status?: string;
        };
        PaymentCreate: {
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount: number;
            /** @description When given, must be the invoice's. */
            currency?: string;
            /** @enum {string} */
            method: "cash" | "bank_transfer" | "card_terminal" | "other";
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             */
            received_at?: string | null;
            reference?: string | null;
        };
        PaymentIntent: {
            /** @description Minor units still to pay through it. */
            amount: number;
            /** @example $12.50 */
            readonly amount_display: string;
            /** @description For Stripe's Payment Element. */
            client_secret: string;
            currency: string;
            payment_intent_id: string;
            publishable_key: string | null;
            /** @example requires_payment_method */
            status: string;
            /** @description The Stripe.js to load for card entry (a stand-in in tests). */
            stripe_js_url: string;
        };
        PaymentIntentCreate: {
            /**
             * @description A saved card to charge now; none: pay in the browser.
             * @default null
             */
            card_id?: number | null;
        };
        PaymentPage: {
            items: components["schemas"]["Payment"][];
            meta: components["schemas"]["PageMeta"];
        };
        PeriodRevenue: {
            /** @example March 2026 */
            label: string;
            net: number;
            payments: number;
            /**
             * Format: date
             * @description The period's first day.
             */
            period: string;
            received: number;
            refunded: number;
            refunds: number;
        };
        PersonalRecord: {
            /** Format: date-time */
            readonly achieved_at?: string;
            /**
             * @description heaviest_load, best_e1rm (value in kg) or most_reps_at_load (value in reps, at load_kg).
             * @enum {string}
             */
            readonly kind?: "heaviest_load" | "best_e1rm" | "most_reps_at_load";
            /** @description The kind, for people: 'Best e1RM'. */
            readonly label?: string;
            /** @description The set's load in kilograms. */
            readonly load_kg?: number | null;
            /** @enum {string|null} */
            readonly load_unit?: "kg" | "lb" | null;
            /** @description The set's load as it was logged. */
            readonly load_value?: number | null;
            /** @description The record it beat, in the same unit; null for the first. */
            readonly previous_value?: number | null;
            readonly reps?: number | null;
            /** @description Kilograms, or repetitions for most_reps_at_load. */
            readonly value?: number | null;
        };
        Phase: {
            /** @description Stays the same across edits, copies and versions. */
            key?: string;
            /**
             * @default other
             * @enum {string}
             */
            kind?: "accumulation" | "intensification" | "realization" | "deload" | "other";
            name: string;
        };
        PhotoComparison: {
            /** @description The later day. */
            readonly after?: components["schemas"]["PhotoDay"];
            /** @description The earlier day. */
            readonly before?: components["schemas"]["PhotoDay"];
        };
        PhotoDay: {
            /** @description That day's photos, front, side, back. */
            readonly photos?: components["schemas"]["ProgressPhoto"][];
            /**
             * Format: date
             * @description The day.
             */
            readonly taken_on?: string;
        };
        PhotoDayPage: {
            items: components["schemas"]["PhotoDay"][];
            meta: components["schemas"]["PageMeta"];
        };
        PlanBlock: {
            exercises?: components["schemas"]["PlanExercise"][];
            key?: string;
            kind?: string;
            name?: string | null;
            rest_seconds?: number | null;
            rounds?: number | null;
        };
        PlanExercise: {
            cues?: string | null;
            exercise_id?: number;
            key?: string;
            /** @enum {string} */
            measurement?: "reps" | "reps_load" | "time" | "distance" | "time_distance";
            name?: string;
            /** @example 3 x 8-10 @ 60 kg · rest 1:30 */
            prescribed?: string;
            /** @description As in the program document (training.content). */
            prescription?: {
                [key: string]: unknown;
            };
            previous?: (Record<string, never> | null) | components["schemas"]["PreviousResult"];
            proposal?: (Record<string, never> | null) | components["schemas"]["Proposal"];
            rest_seconds?: number | null;
        };
        PlannedWorkout: {
            blocks?: components["schemas"]["PlanBlock"][];
            client_id?: number;
            /** Format: date-time */
            completed_at?: string | null;
            day_number?: number;
            /** @description What is logged so far. */
            log?: components["schemas"]["WorkoutLog"] | (Record<string, never> | null);
            name?: string;
            notes?: string | null;
            program_name?: string;
            program_workout_id?: number;
            /** Format: date */
            scheduled_date?: string;
            week_number?: number;
        };
        PlannedWorkoutPage: {
            items: components["schemas"]["PlannedWorkout"][];
            meta: components["schemas"]["PageMeta"];
        };
        Preference: {
            /** @description Whether these arrive by email. */
            email: boolean;
            label: string;
            /** @description Whether these arrive as push notifications on the caller's devices. */
            push: boolean;
            /** @description Whether these arrive by text message. */
            sms: boolean;
            /** @description Whether the caller can be texted: a mobile number on their profile that never texted STOP. */
            sms_available: boolean;
            /** @enum {string} */
            topic: "account" | "assignments" | "sessions" | "reminders" | "messages" | "billing" | "news" | "automations";
        };
        PreferenceUpdate: {
            email?: boolean;
            push?: boolean;
            sms?: boolean;
            /** @enum {string} */
            topic: "account" | "assignments" | "sessions" | "reminders" | "messages" | "billing" | "news" | "automations";
        };
        PreferencesUpdate: {
            preferences: components["schemas"]["PreferenceUpdate"][];
        };
        Prescription: {
            /** @default null */
            distance_m?: number | null;
            /** @default null */
            duration_seconds?: number | null;
            /** @default null */
            load?: components["schemas"]["Load"] | (Record<string, never> | null);
            /** @default null */
            notes?: string | null;
            /** @default null */
            progression?: components["schemas"]["Progression"] | (Record<string, never> | null);
            /** @default null */
            reps?: number | null;
            /** @default null */
            reps_max?: number | null;
            /** @default null */
            reps_min?: number | null;
            /** @default null */
            rest_seconds?: number | null;
            /** @default 1 */
            sets?: number;
            /**
             * @default null
             * @example 3-1-1-0
             */
            tempo?: string | null;
        };
        PreviewClient: {
            email: string | null;
            id: number;
            name: string;
            status: string;
        };
        PreviousResult: {
            /** Format: date-time */
            performed_at?: string;
            sets?: components["schemas"]["Set"][];
            /** @example 8 x 60 kg, 8 x 60 kg, 7 x 60 kg */
            summary?: string;
        };
        PrivacySettings: {
            /** @description Erase archived clients this many months after archiving; null keeps them. */
            erase_archived_after_months: number | null;
        };
        ProcessSummary: {
            /** @description Time-triggered rules evaluated. */
            evaluated: number;
            /** @description Runs started by those evaluations. */
            fired: number;
            /**
             * Format: date-time
             * @description When the next step or evaluation falls due; null: none.
             */
            next_due_at: string | null;
            /** @description Steps run (messages queued, tasks made, ...). */
            steps_run: number;
        };
        Product: {
            /** Format: date-time */
            archived_at?: string | null;
            description?: string | null;
            id?: number;
            interval?: string | null;
            kind?: string;
            minimum_term_periods?: number;
            name?: string;
            notice_days?: number;
            /** @description Minor units of the studio's currency. */
            price?: number;
            session_count?: number | null;
            session_kinds?: string[];
            sessions_per_period?: number | null;
            tax_rate_id?: number | null;
            readonly tax_rate_name?: unknown;
            valid_days?: number | null;
        };
        ProductCreate: {
            description?: string | null;
            /** @enum {string|null} */
            interval?: "week" | "month" | "year" | null;
            /** @enum {string} */
            kind: "pack" | "membership" | "drop_in" | "item";
            minimum_term_periods?: number;
            name: string;
            notice_days?: number;
            /** @description Minor units of the studio's currency (1250 is $12.50). */
            price: number;
            session_count?: number | null;
            session_kinds?: ("personal" | "group" | "assessment" | "consultation")[];
            sessions_per_period?: number | null;
            tax_rate_id?: number | null;
            valid_days?: number | null;
        };
        ProductPage: {
            items: components["schemas"]["Product"][];
            meta: components["schemas"]["PageMeta"];
        };
        ProductRevenue: {
            /** @description Its share of the revenue of the range. */
            collected: number;
            /** @description Invoiced in the range, less credit notes. */
            invoiced: number;
            kind?: string | null;
            /** @example 10-session pack */
            name: string;
            /** @description None for lines that name no product. */
            product_id?: number | null;
            /** @description Units on invoices issued in the range. */
            quantity: number;
        };
        ProductUpdate: {
            /** @description True archives it (it can no longer be sold or chosen); false brings it back. */
            archived?: boolean;
            description?: string | null;
            /** @enum {string|null} */
            interval?: "week" | "month" | "year" | null;
            minimum_term_periods?: number;
            name?: string;
            notice_days?: number;
            /** @description Minor units of the studio's currency (1250 is $12.50). */
            price?: number;
            session_count?: number | null;
            session_kinds?: ("personal" | "group" | "assessment" | "consultation")[];
            sessions_per_period?: number | null;
            tax_rate_id?: number | null;
            valid_days?: number | null;
        };
        ProgramContent: {
            phases?: components["schemas"]["Phase"][];
            weeks: components["schemas"]["Week"][];
        };
        ProgramWorkout: {
            /** Format: date-time */
            completed_at?: string | null;
            day_key: string;
            day_number: number;
            id: number;
            /** @description Whether a workout log answers it. */
            logged: boolean;
            name: string;
            /** Format: date */
            scheduled_date: string;
            week_key: string;
            week_number: number;
        };
        ProgressPhoto: {
            /**
             * Format: date-time
             * @description When it was uploaded.
             */
            readonly created_at?: string;
            /** @description Pixels down. */
            readonly height?: number | null;
            /** @description The photo. */
            readonly id?: number;
            /**
             * @description front, side or back.
             * @enum {string}
             */
            readonly pose?: "front" | "side" | "back";
            /**
             * Format: date
             * @description The day it shows (the client's calendar).
             */
            readonly taken_on?: string;
            /** @description A signed link to a small version, valid for a few minutes. */
            readonly thumbnail_url?: string;
            /** @description Who uploaded it. */
            readonly uploaded_by_name?: string | null;
            /** @description A signed link to the picture, valid for a few minutes. */
            readonly url?: string;
            /** @description Pixels across. */
            readonly width?: number | null;
        };
        Progression: {
            increment: number;
            /** @enum {string} */
            kind: "add_load" | "add_reps";
            /**
             * @default null
             * @enum {string|null}
             */
            unit?: "kg" | "lb" | null;
        };
        Proposal: {
            load_unit?: string | null;
            load_value?: number | null;
            reason?: string;
            reps?: number | null;
        };
        PublicKey: {
            /** @description The VAPID public key (base64url): PushManager.subscribe's applicationServerKey. */
            public_key: string;
        };
        Read: {
            message_id: number;
        };
        ReadResult: {
            thread_id: number;
            total_unread: number;
            unread_count: number;
        };
        Readiness: {
            checks?: components["schemas"]["ReadinessChecks"];
            /**
             * @description ready, or unavailable
             * @example ready
             */
            status?: string;
        };
        ReadinessChecks: {
            /** @example ok */
            database?: string;
            /** @example ok */
            migrations?: string;
            /** @example not configured */
            redis?: string;
        };
        Receivables: {
            buckets: components["schemas"]["AgeBucket"][];
            currency: string;
            /**
             * Format: date
             * @description Owed at the end of this day.
             */
            on: string;
            total: number;
        };
        Record: {
            exercise_name?: string;
            kind?: string;
            /** Format: uuid */
            set_log_id?: string;
            /** @example Heaviest Back Squat: 100 kg (was 97.5 kg) */
            text?: string;
        };
        RecoveryCodes: {
            /** @description Ten one-time codes, shown only in this response; each stands in for a code once. */
            recovery_codes: string[];
        };
        RefreshedTokens: {
            access_token: string;
            expires_in: number;
            /** @description The refresh token that replaces the one just used (Bearer callers; browsers get a cookie). The old one works no more: presenting it again signs this session out everywhere. */
            refresh_token?: string;
        };
        Refund: {
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount?: number;
            id?: number;
            payment_id?: number;
            reason?: string;
            /** Format: date-time */
            refunded_at?: string;
        };
        RefundCreate: {
            /** @description Minor units of the invoice's currency (1250 is $12.50). */
            amount: number;
            reason: string;
        };
        RefundReportRow: {
            amount: number;
            client_name: string;
            id: number;
            invoice_number?: string | null;
            /** @example card_terminal */
            method: string;
            /** @example Card terminal */
            readonly method_label?: string;
            payment_amount: number;
            reason: string;
            /** Format: date-time */
            refunded_at: string;
            refunded_by?: string | null;
        };
        Refunds: {
            amount: number;
            count: number;
            /** @example USD */
            currency: string;
            /** Format: date */
            from: string;
            items: components["schemas"]["RefundReportRow"][];
            meta: components["schemas"]["PageMeta"];
            /** Format: date */
            to: string;
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
        ReportFigures: {
            /** @description Unique clickers. */
            clicked: number;
            /** @description Accepted by the mail server. */
            delivered: number;
            /** @description Bounced or failed (retrying or given up). */
            failed: number;
            /** @description Unique opens. */
            opened: number;
            /** @description People the campaign was for. */
            recipients: number;
            /** @description Queued, not sent yet. */
            sending: number;
            /** @description Had turned campaign mail off. */
            skipped: number;
            /** @description Turned campaign mail off since. */
            unsubscribed: number;
            /** @description Not queued yet (waiting for the A/B winner). */
            waiting: number;
        };
        Revenue: {
            /** @example USD */
            currency: string;
            /** Format: date */
            from: string;
            group: string;
            net: number;
            periods: components["schemas"]["PeriodRevenue"][];
            received: number;
            refunded: number;
            /** Format: date */
            to: string;
        };
        RevenueByProduct: {
            collected: number;
            /** @example USD */
            currency: string;
            /** Format: date */
            from: string;
            products: components["schemas"]["ProductRevenue"][];
            /** Format: date */
            to: string;
        };
        RevenueByTrainer: {
            /** @example USD */
            currency: string;
            /** Format: date */
            from: string;
            revenue: number;
            /** Format: date */
            to: string;
            trainers: components["schemas"]["TrainerRevenue"][];
        };
        Rule: {
            analytics?: (Record<string, never> | null) | components["schemas"]["RuleAnalytics"];
            conditions?: components["schemas"]["Condition"][];
            /** @description Each condition in words. */
            conditions_text?: string[];
            /** Format: date-time */
            created_at?: string;
            description?: string | null;
            enabled?: boolean;
            readonly id?: number;
            name?: string;
            steps?: components["schemas"]["Step"][];
            template?: string | null;
            trigger?: string;
            trigger_days?: number | null;
            /** @description The trigger in words: 'No session in 14 days'. */
            trigger_text?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        RuleAnalytics: {
            /** @description Null: not tracked. */
            clicked: number | null;
            /** @description Runs whose client booked a session within 7 days of its first message. */
            conversions: number;
            /** @description Of those, handed to the provider. */
            messages_delivered: number;
            messages_failed: number;
            /** @description Messages queued by its steps. */
            messages_sent: number;
            /** @description Null: automation messages are not tracked. */
            opened: number | null;
            /** @description Runs started (clients and occasions). */
            triggered: number;
        };
        RuleCreate: {
            conditions?: components["schemas"]["Condition"][];
            description?: string | null;
            /** @default true */
            enabled?: boolean;
            name: string;
            steps: components["schemas"]["Step"][];
            /** @enum {string} */
            trigger: "client_created" | "session_booked" | "session_attended" | "session_no_show" | "session_cancelled" | "payment_failed" | "goal_achieved" | "no_session_in_days" | "birthday" | "days_after_start" | "membership_expiring_in_days" | "check_in_overdue";
            /** @description N for no_session_in_days, days_after_start and membership_expiring_in_days. */
            trigger_days?: number | null;
        };
        RulePage: {
            items: components["schemas"]["Rule"][];
            meta: components["schemas"]["PageMeta"];
        };
        RuleUpdate: {
            conditions?: components["schemas"]["Condition"][];
            description?: string | null;
            /** @default true */
            enabled?: boolean;
            name?: string;
            steps?: components["schemas"]["Step"][];
            /** @enum {string} */
            trigger?: "client_created" | "session_booked" | "session_attended" | "session_no_show" | "session_cancelled" | "payment_failed" | "goal_achieved" | "no_session_in_days" | "birthday" | "days_after_start" | "membership_expiring_in_days" | "check_in_overdue";
            /** @description N for no_session_in_days, days_after_start and membership_expiring_in_days. */
            trigger_days?: number | null;
        };
        Run: {
            client_id?: number;
            client_name?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            finished_at?: string | null;
            id?: number;
            /** Format: date-time */
            next_due_at?: string | null;
            /** @description What fired it, in words. */
            occasion_text?: string;
            results?: {
                [key: string]: unknown;
            }[];
            /** @enum {string} */
            status?: "active" | "completed" | "stopped" | "failed";
            step_index?: number;
        };
        RunPage: {
            items: components["schemas"]["Run"][];
            meta: components["schemas"]["PageMeta"];
        };
        Sale: {
            credits_granted?: number;
            invoice?: components["schemas"]["InvoiceDetail"];
            membership_id?: number | null;
        };
        SaleCreate: {
            discount_id?: number | null;
            /** @description Paid on the spot: how. */
            paid?: components["schemas"]["Paid"] | (Record<string, never> | null);
            product_id: number;
            /** @default 1 */
            quantity?: number;
        };
        SaveCard: {
            setup_intent_id: string;
        };
        SavedCard: {
            /** @example visa */
            brand: string;
            exp_month: number;
            exp_year: number;
            /** @example 12/30 */
            readonly expires: string;
            id: number;
            is_default: boolean;
            /** @example Visa ending 4242 */
            readonly label: string;
            last4: string;
        };
        SavedCardList: {
            items: components["schemas"]["SavedCard"][];
        };
        Scope: {
            /** @example Clients: read */
            label: string;
            /** @example clients:read */
            scope: string;
        };
        ScopeCatalogue: {
            resources: components["schemas"]["ScopeResource"][];
        };
        ScopeResource: {
            /** @example Clients */
            label: string;
            /** @example clients */
            resource: string;
            scopes: components["schemas"]["Scope"][];
        };
        SecondStep: {
            /** @description Seconds the token works. */
            expires_in: number;
            message: string;
            /**
             * @description code: enter a code from the authenticator app (or a recovery code); setup: the studio requires two-factor sign-in, and this account must set it up before it is signed in.
             * @enum {string}
             */
            step: "code" | "setup";
            /** @description Proof of the right password, for the next step. */
            token: string;
        };
        SecondStepCode: {
            /**
             * @description A 6-digit code from the authenticator app, or a recovery code.
             * @example 123456
             */
            code: string;
            token: string;
        };
        SecondStepToken: {
            token: string;
        };
        Segment: {
            /** @description Clients in the segment now. */
            readonly count?: number;
            /** Format: date-time */
            readonly created_at?: string;
            readonly filters?: components["schemas"]["Filters"];
            readonly id?: number;
            readonly name?: string;
            /** @description The filters as one sentence. */
            readonly summary?: string;
            /** Format: date-time */
            readonly updated_at?: string;
        };
        SegmentCount: {
            count: number;
            reachable: number;
        };
        SegmentCreate: {
            filters?: components["schemas"]["Filters"];
            name: string;
        };
        SegmentPage: {
            items: components["schemas"]["Segment"][];
            meta: components["schemas"]["PageMeta"];
        };
        SegmentPreview: {
            /** @description The first matching clients by name. */
            clients: components["schemas"]["PreviewClient"][];
            /** @description Clients matching now. */
            count: number;
            /** @description Of those, clients with an email address. */
            reachable: number;
            summary: string;
        };
        SegmentUpdate: {
            filters?: components["schemas"]["Filters"];
            name?: string;
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
        Set: {
            /** Format: date-time */
            client_updated_at?: string;
            deleted?: boolean;
            distance_m?: number | null;
            duration_seconds?: number | null;
            /** @description Estimated one-rep max. */
            e1rm_kg?: number | null;
            exercise_id?: number;
            exercise_name?: string;
            /** Format: uuid */
            id?: string;
            load_kg?: number | null;
            load_unit?: string | null;
            load_value?: number | null;
            /** Format: date-time */
            performed_at?: string;
            prescription_key?: string | null;
            reps?: number | null;
            rpe?: number | null;
            set_number?: number;
            status?: string;
            /** @description How the set reads, e.g. "8 x 60 kg @ RPE 8". */
            text?: string;
            volume_kg?: number | null;
            /** Format: uuid */
            workout_log_id?: string;
        };
        SetIn: {
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31. When the device last changed the set: the newest change wins.
             */
            client_updated_at: string;
            /**
             * @description The set was removed on the device.
             * @default false
             */
            deleted?: boolean;
            /** @default null */
            distance_m?: number | null;
            /** @default null */
            duration_seconds?: number | null;
            exercise_id: number;
            /**
             * Format: uuid
             * @description Generated by the device.
             */
            id: string;
            /**
             * @default null
             * @enum {string|null}
             */
            load_unit?: "kg" | "lb" | null;
            /** @default null */
            load_value?: number | null;
            /**
             * Format: date-time
             * @description ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31.
             */
            performed_at: string;
            /** @default null */
            prescription_key?: string | null;
            /** @default null */
            reps?: number | null;
            /** @default null */
            rpe?: number | null;
            set_number: number;
            /**
             * @default done
             * @enum {string}
             */
            status?: "done" | "skipped";
            /** Format: uuid */
            workout_log_id: string;
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
        SetupIntent: {
            /** @description For Stripe.js's confirmSetup. */
            client_secret: string;
            publishable_key: string | null;
            setup_intent_id: string;
            /** @description The Stripe.js to load for card entry (a stand-in in tests). */
            stripe_js_url: string;
        };
        SignInSession: {
            /**
             * Format: date-time
             * @description When it signed in.
             */
            created_at: string;
            /** @description True for the session making this request. */
            current: boolean;
            /** @description The browser or app it signed in from, e.g. Chrome on macOS. */
            device: string;
            id: string;
            /** @description The address it signed in from. */
            ip_address?: string | null;
            /**
             * Format: date-time
             * @description When it last renewed its access (every few minutes while in use).
             */
            last_used_at: string;
            user_agent?: string | null;
        };
        SignInSessionPage: {
            items: components["schemas"]["SignInSession"][];
            meta: components["schemas"]["PageMeta"];
        };
        SignInSessionsEnded: {
            /** @description How many sessions were signed out. */
            ended: number;
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
        SmsSettings: {
            /** @description Whether this server has a Twilio account to text with. */
            configured: boolean;
            /** @description Where Twilio should send the number's incoming texts. */
            inbound_url: string;
            /** @description The studio's number, E.164. */
            phone_number?: string | null;
            /** @description The number as the studio's country writes it. */
            phone_number_display?: string | null;
            /** @description Where Twilio reports delivery. */
            status_url: string;
        };
        SmsSettingsUpdate: {
            /** @description A Twilio number of this server's account; null clears it. */
            phone_number: string | null;
        };
        StatusCallback: {
            /** @default  */
            ErrorCode?: string;
            /** @default  */
            MessageSid?: string;
            /** @default  */
            MessageStatus?: string;
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
        Step: {
            /** @description wait: how long. */
            amount?: number;
            /** @description create_task: the staff member's user id; omitted: the client's primary trainer. */
            assignee_id?: number;
            /** @description send_email, send_sms, send_push: the text, with merge fields. */
            body?: string;
            /** @description create_task: due this many days on. */
            due_in_days?: number;
            /** @description create_task: notes for the assignee. */
            notes?: string;
            /** @description call_webhook: extra fields (text) sent beside the client and rule. */
            payload?: {
                [key: string]: string;
            };
            /** @description send_email: the subject, with merge fields. */
            subject?: string;
            /** @description add_tag, remove_tag. */
            tag?: string;
            /** @description send_push, create_task: the title, with merge fields. */
            title?: string;
            /** @enum {string} */
            type: "send_email" | "send_sms" | "send_push" | "create_task" | "add_tag" | "remove_tag" | "call_webhook" | "wait";
            /**
             * @description wait: hours or days.
             * @enum {string}
             */
            unit?: "hours" | "days";
            /**
             * Format: url
             * @description call_webhook: where the JSON is POSTed.
             */
            url?: string;
        };
        StorageUsage: {
            by_kind?: components["schemas"]["KindUsage"][];
            /** @description The most the studio may keep, in bytes. */
            quota_bytes?: number;
            /** @example 1.2 GB of 5 GB used */
            summary?: string;
            /** @description Live files and their thumbnails, in bytes. */
            used_bytes?: number;
        };
        Subscription: {
            /** Format: date-time */
            created_at: string;
            endpoint: string;
            id: number;
            /** Format: date-time */
            updated_at: string;
        };
        SubscriptionCreate: {
            /** Format: url */
            endpoint: string;
            keys: components["schemas"]["SubscriptionKeys"];
        };
        SubscriptionDelete: {
            endpoint: string;
        };
        SubscriptionKeys: {
            auth: string;
            p256dh: string;
        };
        Sync: {
            /** @description Staff logging for a client; a client logs their own. */
            client_id?: number;
            logs?: components["schemas"]["LogIn"][];
            sets?: components["schemas"]["SetIn"][];
        };
        SyncResult: {
            logs: components["schemas"]["SyncedLog"][];
            records: components["schemas"]["Record"][];
            sets: components["schemas"]["SyncedSet"][];
        };
        SyncedLog: {
            client_id?: number;
            /** Format: date-time */
            client_updated_at?: string;
            duration_seconds?: number | null;
            exercise_notes?: {
                [key: string]: string | null;
            };
            /** Format: date-time */
            finished_at?: string | null;
            /** Format: uuid */
            id?: string;
            /** @description Who logged it, when not the client. */
            logged_by_name?: string | null;
            name?: string;
            note?: string | null;
            /**
             * @description created, updated, or kept: the server already held this or a newer change.
             * @enum {string}
             */
            outcome?: "created" | "updated" | "kept";
            program_workout_id?: number | null;
            /** Format: date-time */
            started_at?: string;
            total_volume_kg?: number | null;
        };
        SyncedSet: {
            /** Format: date-time */
            client_updated_at?: string;
            deleted?: boolean;
            distance_m?: number | null;
            duration_seconds?: number | null;
            /** @description Estimated one-rep max. */
            e1rm_kg?: number | null;
            exercise_id?: number;
            exercise_name?: string;
            /** Format: uuid */
            id?: string;
            load_kg?: number | null;
            load_unit?: string | null;
            load_value?: number | null;
            /** @enum {string} */
            outcome?: "created" | "updated" | "kept";
            /** Format: date-time */
            performed_at?: string;
            prescription_key?: string | null;
            reps?: number | null;
            rpe?: number | null;
            set_number?: number;
            status?: string;
            /** @description How the set reads, e.g. "8 x 60 kg @ RPE 8". */
            text?: string;
            volume_kg?: number | null;
            /** Format: uuid */
            workout_log_id?: string;
        };
        Task: {
            assignee_id?: number;
            readonly assignee_name?: string;
            client_id?: number | null;
            readonly client_name?: string | null;
            /** Format: date-time */
            completed_at?: string | null;
            readonly completed_by_name?: string | null;
            /** Format: date-time */
            created_at?: string;
            /** Format: date */
            due_on?: string | null;
            readonly id?: number;
            notes?: string | null;
            rule_id?: number | null;
            /** @description person, or automation (made by a rule's step). */
            source?: string;
            title?: string;
        };
        TaskCreate: {
            /** @description A staff member's user id; omitted: you. */
            assignee_id?: number | null;
            client_id?: number | null;
            /** Format: date */
            due_on?: string | null;
            notes?: string | null;
            title: string;
        };
        TaskPage: {
            items: components["schemas"]["Task"][];
            meta: components["schemas"]["PageMeta"];
        };
        TaskSummary: {
            due_today: number;
            open: number;
            overdue: number;
        };
        TaskUpdate: {
            /** @description A staff member's user id; omitted: you. */
            assignee_id?: number | null;
            client_id?: number | null;
            /** Format: date */
            due_on?: string | null;
            notes?: string | null;
            title?: string;
        };
        TaxRate: {
            /** Format: date-time */
            archived_at?: string | null;
            /** @description 2000 is 20%. */
            basis_points?: number;
            id?: number;
            inclusive?: boolean;
            name?: string;
        };
        TaxRateCreate: {
            /** @description 2000 is 20%. */
            basis_points: number;
            /**
             * @description True: prices include the tax (VAT); false: it is added on top.
             * @default false
             */
            inclusive?: boolean;
            name: string;
        };
        TaxRatePage: {
            items: components["schemas"]["TaxRate"][];
            meta: components["schemas"]["PageMeta"];
        };
        TaxRateUpdate: {
            /** @description True archives it (it can no longer be sold or chosen); false brings it back. */
            archived?: boolean;
            /** @description 2000 is 20%. */
            basis_points?: number;
            inclusive?: boolean;
            name?: string;
        };
        Template: {
            /** Format: date-time */
            archived_at?: string | null;
            /** @description Whether the caller may save, archive and restore it. */
            can_edit: boolean;
            category?: string | null;
            /** Format: date-time */
            created_at: string;
            current_version: number;
            /** @description The most days any week has. */
            days_per_week: number;
            description?: string | null;
            readonly id?: number;
            is_starter: boolean;
            name: string;
            /** @description Who made it; None for starters. */
            owner_name?: string | null;
            tags: string[];
            /** Format: date-time */
            updated_at: string;
            /** @enum {string} */
            visibility: "private" | "studio";
            week_count: number;
        };
        TemplateCreate: {
            /** @default null */
            category?: string | null;
            content: components["schemas"]["ProgramContent"];
            /** @default null */
            description?: string | null;
            name: string;
            tags?: string[];
            /**
             * @default private
             * @enum {string}
             */
            visibility?: "private" | "studio";
        };
        TemplateDetail: {
            /** Format: date-time */
            archived_at?: string | null;
            /** @description Whether the caller may save, archive and restore it. */
            can_edit: boolean;
            category?: string | null;
            /** @description The current version's document. */
            content: components["schemas"]["ProgramContent"];
            /** Format: date-time */
            created_at: string;
            current_version: number;
            /** @description The most days any week has. */
            days_per_week: number;
            description?: string | null;
            exercises: components["schemas"]["ExerciseName"][];
            readonly id?: number;
            is_starter: boolean;
            name: string;
            /** @description Who made it; None for starters. */
            owner_name?: string | null;
            tags: string[];
            /** Format: date-time */
            updated_at: string;
            /** @enum {string} */
            visibility: "private" | "studio";
            week_count: number;
        };
        TemplatePage: {
            items: components["schemas"]["Template"][];
            meta: components["schemas"]["PageMeta"];
        };
        TemplateSave: {
            /**
             * @description The version the edit started from; a newer one saved meanwhile is a 409.
             * @default null
             */
            base_version?: number | null;
            /** @default null */
            category?: string | null;
            content: components["schemas"]["ProgramContent"];
            /** @default null */
            description?: string | null;
            name: string;
            tags?: string[];
            /**
             * @default private
             * @enum {string}
             */
            visibility?: "private" | "studio";
        };
        Thread: {
            /** @description Null for clients. */
            client_id: number | null;
            id: number;
            /** @enum {string} */
            kind: "client" | "group";
            last_message: (Record<string, never> | null) | components["schemas"]["LastMessage"];
            members: components["schemas"]["ThreadMember"][];
            /** @description For staff a client thread's client; for the client their coaches; a group's title. */
            title: string;
            unread_count: number;
            /** Format: date-time */
            updated_at: string;
        };
        ThreadMember: {
            last_read_message_id: number | null;
            name: string;
            role: string;
            user_id: number;
        };
        ThreadPage: {
            items: components["schemas"]["Thread"][];
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
        Today: {
            client_id: number;
            client_name: string;
            /**
             * Format: date
             * @description Today in the client's time zone.
             */
            date: string;
            /** @example Your next workout is on Thursday 3 December. */
            message: string;
            /**
             * @description today: scheduled today; next: the next one not done; none: nothing scheduled.
             * @enum {string}
             */
            status: "today" | "next" | "none";
            timezone: string;
            workout: (Record<string, never> | null) | components["schemas"]["PlannedWorkout"];
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
        TrainerRevenue: {
            /** @description Clients on them. */
            attendances: number;
            from_credits: number;
            from_drop_ins: number;
            from_memberships: number;
            from_prices: number;
            name: string;
            revenue: number;
            /** @description Sessions delivered (marked completed). */
            sessions: number;
            trainer_id: number;
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
        TrainingVolume: {
            readonly series?: components["schemas"]["TrainingVolumeSeries"][];
            /** @description The zone the weeks are counted in. */
            readonly timezone?: string;
            /** @description The Monday of each week in the range, oldest first. */
            readonly weeks?: string[];
        };
        TrainingVolumeSeries: {
            /** @description The muscle group, for people. */
            readonly label?: string;
            readonly muscle?: string;
            /** @description Kilograms per week, in the order of `weeks`. */
            readonly volumes_kg?: number[];
        };
        TwoFactorCode: {
            /**
             * @description A 6-digit code from the authenticator app, or a recovery code.
             * @example 123456
             */
            code: string;
        };
        TwoFactorConfirm: {
            /**
             * @description A 6-digit code from the authenticator app, or a recovery code.
             * @example 123456
             */
            code: string;
            password: string;
        };
        TwoFactorRequirement: {
            required_for_staff: boolean;
            staff_count: number;
            /** @description Names of active staff who have not set it up. */
            staff_without_two_factor: string[];
        };
        TwoFactorRequirementUpdate: {
            required_for_staff: boolean;
        };
        TwoFactorSetup: {
            /** @description The otpauth:// URI the QR code holds. */
            otpauth_uri: string;
            /** @description The QR code as SVG markup. */
            qr_svg: string;
            /** @description The base32 secret, for typing into an app that cannot scan. */
            secret: string;
        };
        TwoFactorStatus: {
            enabled: boolean;
            /** Format: date-time */
            enabled_at?: string | null;
            recovery_codes_left: number;
            /** @description Whether the studio requires two-factor sign-in of this account. */
            required: boolean;
        };
        Unlocked: {
            /** @description The account this browser may now sign in to. */
            email: string;
        };
        UnreadCount: {
            count: number;
        };
        UnreadTotal: {
            total: number;
        };
        Unsubscribe: {
            address: string;
            organization_name: string;
            subscribed: boolean;
            topic: string;
            topic_label: string;
        };
        Usage: {
            months: components["schemas"]["UsageMonth"][];
        };
        UsageMonth: {
            delivered: number;
            /** @description Failed or undelivered. */
            failed: number;
            /** @example December 2026 */
            label: string;
            /** @example 2026-12 */
            month: string;
            received: number;
            /** @description Texts Twilio accepted. */
            sent: number;
        };
        VariantFigures: {
            /** @description Unique clickers. */
            clicked: number;
            /** @description Accepted by the mail server. */
            delivered: number;
            /** @description Bounced or failed (retrying or given up). */
            failed: number;
            /** @description Unique opens. */
            opened: number;
            /** @description People the campaign was for. */
            recipients: number;
            /** @description Queued, not sent yet. */
            sending: number;
            /** @description Had turned campaign mail off. */
            skipped: number;
            subject: string;
            /** @description Turned campaign mail off since. */
            unsubscribed: number;
            variant: string;
            /** @description Not queued yet (waiting for the A/B winner). */
            waiting: number;
            winner: boolean;
        };
        Version: {
            /** Format: date-time */
            created_at: string;
            created_by_name?: string | null;
            number: number;
            /** @description What changed, as sentences. */
            summary: string[];
        };
        VersionDetail: {
            content: components["schemas"]["ProgramContent"];
            /** Format: date-time */
            created_at: string;
            created_by_name?: string | null;
            exercises: components["schemas"]["ExerciseName"][];
            number: number;
            /** @description What changed, as sentences. */
            summary: string[];
        };
        VersionPage: {
            items: components["schemas"]["Version"][];
            meta: components["schemas"]["PageMeta"];
        };
        WaiverSign: {
            /** @description The client ticked that they have read the waiver and agree to it. */
            consent: boolean;
            /** @description The signer's full name. */
            typed_name: string;
        };
        WaiverSignature: {
            client_id: number;
            client_name: string;
            document_id: number;
            document_title: string;
            id: number;
            /** @description False once a newer version has been uploaded: signed an earlier one. */
            is_current_version: boolean;
            sha256: string;
            /** Format: date-time */
            signed_at: string;
            typed_name: string;
            version_number: number;
        };
        WaiverSignatureEvidence: {
            client_id: number;
            client_name: string;
            document_id: number;
            document_title: string;
            id: number;
            ip_address?: string | null;
            /** @description False once a newer version has been uploaded: signed an earlier one. */
            is_current_version: boolean;
            sha256: string;
            /** Format: date-time */
            signed_at: string;
            typed_name: string;
            user_agent?: string | null;
            version_number: number;
        };
        WaiverSignaturePage: {
            items: components["schemas"]["WaiverSignature"][];
            meta: components["schemas"]["PageMeta"];
        };
        WaiverSignatureStatus: {
            client_id: number;
            client_name: string;
            signature?: (Record<string, never> | null) | components["schemas"]["WaiverSignatureEvidence"];
            /** @enum {string} */
            status: "signed" | "outdated" | "unsigned";
        };
        WaiverSignatureStatusPage: {
            items: components["schemas"]["WaiverSignatureStatus"][];
            meta: components["schemas"]["PageMeta"];
        };
        WebhookDelivery: {
            attempts: number;
            readonly can_replay: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            delivered_at: string | null;
            /** @description evt_…, also sent as FitnessCRM-Event-Id. */
            event_id: string;
            readonly event_label: string;
            event_type: string;
            id: number;
            /** Format: date-time */
            last_attempt_at: string | null;
            last_duration_ms: number | null;
            last_error: string | null;
            last_response_excerpt: string | null;
            last_status_code: number | null;
            /**
             * Format: date-time
             * @description When it is tried next, while it is failing.
             */
            next_attempt_at: string | null;
            /** @enum {string} */
            status: "pending" | "sending" | "delivered" | "failed" | "dead";
            /** @description “Failed, will try again” */
            readonly status_text: string;
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            meta: components["schemas"]["PageMeta"];
        };
        WebhookEndpoint: {
            /** @description Failed tries in a row, across events; a delivery sets it back to 0. */
            consecutive_failures: number;
            /** Format: date-time */
            created_at: string;
            description: string | null;
            /** Format: date-time */
            disabled_at: string | null;
            disabled_reason: string | null;
            enabled: boolean;
            readonly event_labels: string[];
            event_types: string[];
            id: number;
            /** Format: date-time */
            updated_at: string;
            url: string;
        };
        WebhookEndpointCreate: {
            description?: string | null;
            event_types: ("client.created" | "client.updated" | "client.archived" | "session.booked" | "session.cancelled" | "session.attended" | "session.no_show" | "invoice.paid" | "payment.failed" | "payment.succeeded" | "membership.started" | "message.received" | "checkin.submitted" | "goal.achieved")[];
            /** @description https://… on a public address (private ones only where the operator allows them). */
            url: string;
        };
        WebhookEndpointPage: {
            items: components["schemas"]["WebhookEndpoint"][];
            meta: components["schemas"]["PageMeta"];
        };
        WebhookEndpointUpdate: {
            description?: string | null;
            enabled?: boolean;
            event_types?: ("client.created" | "client.updated" | "client.archived" | "session.booked" | "session.cancelled" | "session.attended" | "session.no_show" | "invoice.paid" | "payment.failed" | "payment.succeeded" | "membership.started" | "message.received" | "checkin.submitted" | "goal.achieved")[];
            /** @description https://… on a public address (private ones only where the operator allows them). */
            url?: string;
        };
        WebhookEndpointWithSecret: {
            /** @description Failed tries in a row, across events; a delivery sets it back to 0. */
            consecutive_failures: number;
            /** Format: date-time */
            created_at: string;
            description: string | null;
            /** Format: date-time */
            disabled_at: string | null;
            disabled_reason: string | null;
            enabled: boolean;
            readonly event_labels: string[];
            event_types: string[];
            id: number;
            /** @description Shown only now: when the endpoint is made or its secret rolled. */
            signing_secret: string;
            /** Format: date-time */
            updated_at: string;
            url: string;
        };
        WebhookEventType: {
            /** @description “A session was booked” */
            label: string;
            /** @description e.g. session.booked */
            type: string;
        };
        WebhookReceived: {
            /** @description The event had been received before. */
            duplicate: boolean;
        };
        Week: {
            days?: components["schemas"]["Day"][];
            /** @description Stays the same across edits, copies and versions. */
            key?: string;
            /** @default null */
            name?: string | null;
            /** @default null */
            phase_key?: string | null;
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
        WorkoutLog: {
            client_id?: number;
            /** Format: date-time */
            client_updated_at?: string;
            duration_seconds?: number | null;
            exercise_notes?: {
                [key: string]: string | null;
            };
            exercises?: components["schemas"]["ExerciseSets"][];
            /** Format: date-time */
            finished_at?: string | null;
            /** Format: uuid */
            id?: string;
            /** @description Who logged it, when not the client. */
            logged_by_name?: string | null;
            name?: string;
            note?: string | null;
            program_workout_id?: number | null;
            record_count?: number;
            records?: components["schemas"]["Record"][];
            /** Format: date-time */
            started_at?: string;
            total_volume_kg?: number | null;
        };
        WorkoutSummary: {
            client_id?: number;
            /** Format: date-time */
            client_updated_at?: string;
            duration_seconds?: number | null;
            exercise_notes?: {
                [key: string]: string | null;
            };
            exercises?: components["schemas"]["ExerciseSummary"][];
            /** Format: date-time */
            finished_at?: string | null;
            /** Format: uuid */
            id?: string;
            /** @description Who logged it, when not the client. */
            logged_by_name?: string | null;
            name?: string;
            note?: string | null;
            program_workout_id?: number | null;
            record_count?: number;
            records?: components["schemas"]["Record"][];
            /** Format: date-time */
            started_at?: string;
            total_volume_kg?: number | null;
        };
        WorkoutSummaryPage: {
            items: components["schemas"]["WorkoutSummary"][];
            meta: components["schemas"]["PageMeta"];
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
