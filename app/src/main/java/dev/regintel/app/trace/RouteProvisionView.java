package dev.regintel.app.trace;

import dev.regintel.app.requirement.RequirementView;

/**
 * One provision a conformity route names, the requirement of the applicable document it stands for,
 * and how well the device fulfils the provision.
 */
public record RouteProvisionView(RequirementView provision, String forRef, String fulfilment) {}
