-- wrk: POST /v1/assess/batch, N dossiers per request (args: file, N), cycling through the file
local bodies = {}
local i = 0
function init(args)
  local n = tonumber(args[2])
  local cur = {}
  for l in io.lines(args[1]) do
    if #l > 0 then
      cur[#cur + 1] = l
      if #cur == n then bodies[#bodies + 1] = table.concat(cur, "\n") .. "\n"; cur = {} end
    end
  end
  i = math.random(#bodies)
end
function request()
  i = i % #bodies + 1
  return wrk.format("POST", "/v1/assess/batch", {["Content-Type"] = "application/x-ndjson"}, bodies[i])
end
