-- SPDX-FileCopyrightText: 2026 Userdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script for bench/server-bench.sh: Appwrite API-key headers and, for PATCH, a status body that flips
-- between true and false. Configured through the environment (BENCH_PATH, BENCH_METHOD, APPWRITE_KEY,
-- APPWRITE_PROJECT, BENCH_FORMAT: the X-Appwrite-Response-Format sent, default 1.7.0 as Userdesk sends it, "none"
-- for no header).
local path = os.getenv("BENCH_PATH") or "/v1/health/version"
local method = os.getenv("BENCH_METHOD") or "GET"

wrk.headers["X-Appwrite-Project"] = os.getenv("APPWRITE_PROJECT") or "demo"
wrk.headers["X-Appwrite-Key"] = os.getenv("APPWRITE_KEY") or ""
local format = os.getenv("BENCH_FORMAT") or "1.7.0"
if format ~= "none" then
  wrk.headers["X-Appwrite-Response-Format"] = format
end
if method ~= "GET" then
  wrk.headers["Content-Type"] = "application/json"
end

local flip = false
request = function()
  if method == "PATCH" then
    flip = not flip
    return wrk.format("PATCH", path, nil, flip and '{"status":false}' or '{"status":true}')
  end
  return wrk.format(method, path)
end
