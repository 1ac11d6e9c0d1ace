CREATE INDEX "posts_thread_idx" ON "posts" USING btree ("debate_id","parent_id","id");--> statement-breakpoint
CREATE INDEX "posts_pinned_idx" ON "posts" USING btree ("debate_id","pinned");