package dev.regintel.app.requirement;

import dev.regintel.app.internal.graphql.Page;

/** Which page of which document's requirements: the key of the requirements batch loader. */
record RequirementPageKey(String documentId, Page page) {}
