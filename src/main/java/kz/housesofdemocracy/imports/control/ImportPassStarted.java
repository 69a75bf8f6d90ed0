package kz.housesofdemocracy.imports.control;

import kz.housesofdemocracy.access.control.Caller;

/**
 * A dry run or apply pass was started for a job (fired in the transaction that moved its status;
 * the worker starts it once that commits).
 */
public record ImportPassStarted(long jobId, Caller caller, boolean apply) {}
