-- Task icons and QR codes are uploaded before the task form is saved. An upload belongs to the
-- form that saves it: until then it is detached, is served to nobody but the console page that
-- uploaded it, and is purged after a day if the form is abandoned (TaskImagePurge). Receipts
-- belong to their submission from the start. Images stored before this migration were reachable
-- by id already; icons no task refers to are detached now, so the purge collects them too (a QR
-- code is referred to from a task's settings text, so QR codes stay attached).
alter table task_image add column attached boolean default true not null;
update task_image set attached = false
  where kind = 'ICON'
    and id not in (select icon_image_id from points_task where icon_image_id is not null);
create index ix_task_image_detached on task_image (attached, created_at);
