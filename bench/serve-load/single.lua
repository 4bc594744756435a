-- wrk: POST /v1/assess, one dossier per request, cycling through the file (each thread starts elsewhere)
local lines = {}
local i = 0
function init(args)
  for l in io.lines(args[1]) do if #l > 0 then lines[#lines + 1] = l end end
  i = math.random(#lines)
end
function request()
  i = i % #lines + 1
  return wrk.format("POST", "/v1/assess", {["Content-Type"] = "application/json"}, lines[i])
end
