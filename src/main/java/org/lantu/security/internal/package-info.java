/** The workings of access control: storage, token and login filters, the filter chains. */
@NullMarked
package org.lantu.security.internal;

import org.jspecify.annotations.NullMarked;
