package org.county.staffing.post.post;

import jakarta.validation.constraints.Size;

/** The optional body of freeze and unfreeze: why. */
public record PostAction(@Size(max = 500) String reason) {
}
