package org.county.staffing.audit.verify;

import java.util.regex.Pattern;

import org.county.staffing.audit.query.QueryParameters;

/**
 * A position and hash noted down earlier (from a verification report or an export) and kept
 * outside the database. Recomputing the whole chain after an edit would otherwise go unnoticed;
 * it cannot reproduce a hash somebody wrote down before.
 */
public record Anchor(long chainPosition, String hash) {

    private static final Pattern POSITION = Pattern.compile("[0-9]{1,18}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    /**
     * Rules ANCHOR_PAIR and ANCHOR_FORMAT: both or neither of anchorPosition and anchorHash; null when
     * neither is given or one is bad (then {@code params} holds the refusal).
     */
    public static Anchor parse(String position, String hash, QueryParameters params) {
        boolean hasPosition = QueryParameters.present(position);
        boolean hasHash = QueryParameters.present(hash);
        if (!hasPosition && !hasHash) {
            return null;
        }
        if (!hasPosition || !hasHash) {
            params.refuse(hasPosition ? "anchorHash" : "anchorPosition", "ANCHOR_PAIR",
                    "an anchor is a chain position and the hash noted for it: give both anchorPosition and anchorHash",
                    "锚点由链上位置及其哈希值组成：须同时提供 anchorPosition 和 anchorHash");
            return null;
        }
        boolean valid = true;
        if (!POSITION.matcher(position).matches() || Long.parseLong(position) < 1) {
            params.refuse("anchorPosition", "ANCHOR_FORMAT", "anchorPosition is a chain position from 1",
                    "anchorPosition 应为从 1 开始的链上位置");
            valid = false;
        }
        if (!HASH.matcher(hash).matches()) {
            params.refuse("anchorHash", "ANCHOR_FORMAT", "anchorHash is a SHA-256 hash: 64 lower-case hexadecimal digits",
                    "anchorHash 应为 SHA-256 哈希值：64 位小写十六进制数字");
            valid = false;
        }
        return valid ? new Anchor(Long.parseLong(position), hash) : null;
    }
}
