-- QR codes stored before V41 were left attached (V41 could not tell from a foreign key which ones
-- a task uses: a QR code is referred to only from a task's settings text). Those no task's
-- settings name, in the compact JSON TaskSettings writes ("qrImageId":12 followed by a comma or
-- the closing brace), are uploads of abandoned forms or codes a task has since replaced: detach
-- them, so TaskImagePurge collects them like any abandoned upload. A code a task names stays.
update task_image set attached = false
  where kind = 'QR'
    and attached = true
    and not exists (
      select 1 from points_task t
        where t.settings like concat('%"qrImageId":', task_image.id, ',%')
           or t.settings like concat('%"qrImageId":', task_image.id, '}%'));
