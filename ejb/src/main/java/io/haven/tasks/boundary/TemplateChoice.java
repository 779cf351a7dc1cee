package io.haven.tasks.boundary;

import io.haven.tasks.entity.TaskClass;
import io.haven.tasks.entity.TaskTemplate;
import java.io.Serializable;

/** One template of the console's picker: usable by this enterprise, or not and why (K1). */
public record TemplateChoice(TaskTemplate template, TaskClass templateClass, boolean allowed, String reasonCode)
    implements Serializable {}
