package io.kaohe.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A school's IT management team (信息化管理团队).
 *
 * @param size            members, principal included
 * @param principalLeads  led by the principal (校长领衔)
 * @param hasCio          a school leader serves as chief information officer (首席信息官)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManagementTeam(Integer size, Boolean principalLeads, Boolean hasCio) {}
