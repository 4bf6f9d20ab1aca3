package org.county.staffing.audit.verify;

import java.util.Optional;

import org.county.staffing.audit.record.RecordHasher;
import org.county.staffing.audit.record.StoredRecord;
import org.county.staffing.backbone.problem.Reason;

/**
 * Walks one county's chain record by record, in chain order, holding only the previous hash:
 * the chain is checked as it streams from the database, whatever its length. The first break
 * ends the walk.
 */
public final class ChainVerifier {

    private final Anchor anchor;
    private long expectedPosition = 1;
    private String previousHash = RecordHasher.GENESIS;
    private long checked;
    private ChainBreak broken;

    public ChainVerifier(Anchor anchor) {
        this.anchor = anchor;
    }

    /** Checks the next record; returns the break when this record shows one. */
    public Optional<ChainBreak> accept(StoredRecord record) {
        if (broken != null) {
            return Optional.of(broken);
        }
        long position = record.content().chainPosition();
        String eventId = record.content().eventId();
        if (position != expectedPosition) {
            return fail(new ChainBreak(expectedPosition, eventId, "RECORD_MISSING", new Reason(
                    "record " + expectedPosition + (position > expectedPosition + 1 ? " to " + (position - 1) : "")
                            + " of the chain is missing: the next record found is " + position,
                    "链上第 " + expectedPosition + (position > expectedPosition + 1 ? " 至 " + (position - 1) : "")
                            + " 条记录缺失，其后找到的是第 " + position + " 条")));
        }
        if (!previousHash.equals(record.prevHash())) {
            return fail(new ChainBreak(position, eventId, "CHAIN_LINK_BROKEN", new Reason(
                    "record " + position + " does not link to record " + (position - 1)
                            + ": the earlier record was altered or replaced",
                    "第 " + position + " 条记录与第 " + (position - 1) + " 条记录的链接断开：前一条记录已被篡改或替换")));
        }
        String recomputed = RecordHasher.hash(record.content(), record.prevHash());
        if (!recomputed.equals(record.hash())) {
            return fail(new ChainBreak(position, eventId, "RECORD_ALTERED", new Reason(
                    "record " + position + " was altered after it was recorded: its content no longer matches its hash",
                    "第 " + position + " 条记录在记录后被篡改：其内容与哈希值不再一致")));
        }
        if (anchor != null && anchor.chainPosition() == position && !anchor.hash().equals(record.hash())) {
            return fail(new ChainBreak(position, eventId, "ANCHOR_MISMATCH", new Reason(
                    "record " + position + " no longer has the hash noted for it: the chain was rewritten",
                    "第 " + position + " 条记录的哈希值与此前留存的不一致：链已被改写")));
        }
        previousHash = record.hash();
        expectedPosition++;
        checked++;
        return Optional.empty();
    }

    /**
     * Ends the walk against the chain head: the head row says how long the chain is and which
     * hash ends it, so records removed from the end are found too.
     */
    public Optional<ChainBreak> finish(long headLength, String headHash) {
        if (broken != null) {
            return Optional.of(broken);
        }
        if (checked < headLength) {
            return fail(new ChainBreak(checked + 1, null, "CHAIN_TRUNCATED", new Reason(
                    "the chain ends after record " + checked + " but its head counts " + headLength + " records",
                    "链在第 " + checked + " 条记录后结束，但链头记载共有 " + headLength + " 条")));
        }
        if (checked > headLength || !previousHash.equals(headHash)) {
            return fail(new ChainBreak(checked, null, "CHAIN_HEAD_MISMATCH", new Reason(
                    "the chain's head (" + headLength + " records) does not match its last record (" + checked + ")",
                    "链头（" + headLength + " 条）与链上最后一条记录（第 " + checked + " 条）不一致")));
        }
        if (anchor != null && anchor.chainPosition() > checked) {
            return fail(new ChainBreak(checked + 1, null, "ANCHOR_MISMATCH", new Reason(
                    "record " + anchor.chainPosition() + " was noted earlier but the chain has only " + checked,
                    "此前留存了第 " + anchor.chainPosition() + " 条记录，但链上只有 " + checked + " 条")));
        }
        return Optional.empty();
    }

    public long checked() {
        return checked;
    }

    /** The hash of the last record checked ({@link RecordHasher#GENESIS} for an empty chain). */
    public String lastHash() {
        return previousHash;
    }

    private Optional<ChainBreak> fail(ChainBreak chainBreak) {
        broken = chainBreak;
        return Optional.of(chainBreak);
    }
}
