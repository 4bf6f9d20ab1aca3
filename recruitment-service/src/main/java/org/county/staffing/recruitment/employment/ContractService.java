package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.contracts.recruitment.ContractRenewed;
import org.county.staffing.contracts.recruitment.ContractSigned;
import org.county.staffing.contracts.recruitment.ContractTerminated;
import org.county.staffing.recruitment.config.RecruitmentConfig;

/** Signs a contract with every appointment, renews and terminates them. */
@ApplicationScoped
public class ContractService {

    @Inject
    Outbox outbox;

    @Inject
    RecruitmentConfig config;

    /** The contract of a new appointment; it starts when the appointment does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Contract signFor(Appointment appointment, ContractTerms terms) {
        ContractType type = terms.type() != null ? terms.type() : ContractType.FIXED_TERM;
        LocalDate endsOn = terms.endsOn() != null ? terms.endsOn()
                : ContractRules.defaultEnd(type, appointment.effectiveFrom, config.contract().defaultTermYears());
        ContractRules.requireTerm(type, appointment.effectiveFrom, endsOn);
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.countyId = appointment.countyId;
        contract.teacherId = appointment.teacherId;
        contract.appointmentId = appointment.id;
        contract.type = type;
        contract.startsOn = appointment.effectiveFrom;
        contract.endsOn = endsOn;
        contract.status = ContractStatus.ACTIVE;
        contract.persist();
        outbox.append(ContractSigned.TYPE, "contract", contract.id.toString(), contract.countyId,
                new ContractSigned(contract.id, contract.teacherId, contract.appointmentId, contract.type.name(),
                        contract.startsOn, contract.endsOn, contract.status.name(), contract.renewals, contract.terminatedOn,
                        null));
        return contract;
    }

    /** Closes the active contract of an appointment that ends (transfer, leaving). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeFor(Appointment appointment, LocalDate on, String reason) {
        Contract contract = Contract.find("appointmentId = ?1 and status = ?2", appointment.id, ContractStatus.ACTIVE).firstResult();
        if (contract != null) {
            end(contract, on.isBefore(contract.startsOn) ? contract.startsOn : on, reason);
        }
    }

    public Contract require(String countyId, UUID id, boolean lock) {
        Contract contract = lock ? Contract.findById(id, LockModeType.PESSIMISTIC_WRITE) : Contract.findById(id);
        if (contract == null || !contract.countyId.equals(countyId)) {
            throw RuleViolation.notFound("CONTRACT_EXISTS", "contractId", new Reason(
                    "no contract " + id + " in this county", "本县没有合同 " + id));
        }
        return contract;
    }

    @Transactional
    public Contract renew(String countyId, UUID id, ContractType newType, LocalDate newEnd) {
        Contract contract = require(countyId, id, true);
        ContractRules.requireActive(contract.status);
        Appointment appointment = Appointment.findById(contract.appointmentId);
        if (appointment == null || !appointment.active()) {
            throw RuleViolation.conflict("CONTRACT_APPOINTMENT_ACTIVE", "contractId", new Reason(
                    "the appointment of this contract has ended", "该合同对应的岗位聘任已结束"));
        }
        ContractType type = newType != null ? newType : contract.type;
        ContractRules.requireRenewal(contract.type, contract.endsOn, type, newEnd);
        contract.type = type;
        contract.endsOn = newEnd;
        contract.renewals++;
        outbox.append(ContractRenewed.TYPE, "contract", contract.id.toString(), countyId,
                new ContractRenewed(contract.id, contract.teacherId, contract.appointmentId, contract.type.name(),
                        contract.startsOn, contract.endsOn, contract.status.name(), contract.renewals, contract.terminatedOn,
                        null));
        return contract;
    }

    @Transactional
    public Contract terminate(String countyId, UUID id, LocalDate effectiveOn, String reason) {
        Contract contract = require(countyId, id, true);
        ContractRules.requireActive(contract.status);
        ContractRules.requireTerminationDate(contract.startsOn, effectiveOn);
        end(contract, effectiveOn, reason);
        return contract;
    }

    private void end(Contract contract, LocalDate on, String reason) {
        contract.status = ContractStatus.TERMINATED;
        contract.terminatedOn = on;
        contract.terminationReason = reason;
        outbox.append(ContractTerminated.TYPE, "contract", contract.id.toString(), contract.countyId,
                new ContractTerminated(contract.id, contract.teacherId, contract.appointmentId, contract.type.name(),
                        contract.startsOn, contract.endsOn, contract.status.name(), contract.renewals, contract.terminatedOn,
                        reason));
    }

    public List<Contract> ofTeacher(UUID teacherId) {
        return Contract.list("teacherId = ?1 order by startsOn, id", teacherId);
    }

    /** Active contracts ending between {@code today} and {@code today + days}, soonest first. */
    public List<Contract> expiring(String countyId, LocalDate today, int days) {
        ContractRules.requireWindow(days);
        return Contract.list("countyId = ?1 and status = ?2 and endsOn between ?3 and ?4 order by endsOn, id",
                countyId, ContractStatus.ACTIVE, today, today.plusDays(days));
    }
}
